package org.oversight.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The load test's copy of a Vaadin UI follows the UIDL as Flow's client does (answers shaped like Vaadin 25.2's). */
class UiTreeTest {

    private final JsonMapper json = JsonMapper.builder().build();
    private final UiTree tree = new UiTree();

    private void apply(String uidl) {
        tree.apply(json.readTree(uidl.replace('\'', '"')));
    }

    @Test
    void findsAButtonByItsWordsAndSendsTheClickDataItsListenerAsksFor() {
        apply("""
                {'constants': {'k1': {'event.shiftKey': false, 'event.screenX': false, '}value': false}},
                 'changes': [
                  {'node': 5, 'type': 'attach'}, {'node': 5, 'type': 'put', 'key': 'tag', 'feat': 0, 'value': 'vaadin-button'},
                  {'node': 5, 'type': 'put', 'key': 'click', 'feat': 4, 'value': 'k1'},
                  {'node': 6, 'type': 'attach'}, {'node': 6, 'type': 'put', 'key': 'text', 'feat': 7, 'value': 'Post update'},
                  {'node': 5, 'type': 'splice', 'feat': 2, 'index': 0, 'addNodes': [6]},
                  {'node': 5, 'type': 'splice', 'feat': 11, 'index': 0, 'add': ['primary']}]}""");

        UiNode button = tree.button("Post update").orElseThrow();
        assertThat(button.id).isEqualTo(5);
        assertThat(tree.eventData(button, "click")).containsEntry("event.shiftKey", false).containsEntry("event.screenX", 0)
                .doesNotContainKey("}value");
        assertThat(tree.button("Cancel")).isEmpty();
    }

    @Test
    void followsLinksImagesAndNodesThatGo() {
        apply("""
                {'changes': [
                  {'node': 7, 'type': 'put', 'key': 'tag', 'feat': 0, 'value': 'img'},
                  {'node': 7, 'type': 'put', 'key': 'src', 'feat': 3, 'value': {'uri': 'VAADIN/dynamic/resource/0/abc/'}},
                  {'node': 8, 'type': 'put', 'key': 'tag', 'feat': 0, 'value': 'a'},
                  {'node': 8, 'type': 'put', 'key': 'href', 'feat': 3, 'value': 'recommendations/161'},
                  {'node': 9, 'type': 'put', 'key': 'tag', 'feat': 0, 'value': 'img'},
                  {'node': 9, 'type': 'put', 'key': 'src', 'feat': 3, 'value': 'images/logo.svg'}]}""");
        assertThat(tree.dynamicImages()).containsExactly("VAADIN/dynamic/resource/0/abc/");
        assertThat(tree.links()).containsExactly("recommendations/161");

        apply("{'changes': [{'node': 7, 'type': 'detach'}, {'node': 8, 'type': 'remove', 'key': 'href', 'feat': 3}]}");
        assertThat(tree.dynamicImages()).isEmpty();
        assertThat(tree.links()).isEmpty();
    }

    @Test
    void keepsNodesByTagAndLinksInTheOrderTheyCameAsTheyChangeAndGo() {
        apply("""
                {'changes': [
                  {'node': 1, 'type': 'put', 'key': 'tag', 'feat': 0, 'value': 'a'},
                  {'node': 1, 'type': 'put', 'key': 'href', 'feat': 3, 'value': 'plans/1'},
                  {'node': 2, 'type': 'put', 'key': 'tag', 'feat': 0, 'value': 'a'},
                  {'node': 2, 'type': 'put', 'key': 'href', 'feat': 3, 'value': 'plans/2'},
                  {'node': 3, 'type': 'put', 'key': 'tag', 'feat': 0, 'value': 'h1'}]}""");
        apply("{'changes': [{'node': 1, 'type': 'put', 'key': 'class', 'feat': 3, 'value': 'active'}]}");
        assertThat(tree.links()).containsExactly("plans/1", "plans/2");
        assertThat(tree.tagged("a")).extracting(n -> n.id).containsExactly(1, 2);

        apply("""
                {'changes': [{'node': 1, 'type': 'detach'},
                  {'node': 4, 'type': 'put', 'key': 'tag', 'feat': 0, 'value': 'a'},
                  {'node': 4, 'type': 'put', 'key': 'href', 'feat': 3, 'value': 'plans/4'}]}""");
        assertThat(tree.links()).containsExactly("plans/2", "plans/4");
        assertThat(tree.tagged("a")).extracting(n -> n.id).containsExactly(2, 4);
        assertThat(tree.last("a", n -> true)).get().extracting(n -> n.id).isEqualTo(4);
        assertThat(tree.tagged("h1")).extracting(n -> n.id).containsExactly(3);
        assertThat(tree.tagged("vaadin-grid")).isEmpty();
    }

    @Test
    void readsTheLinksAGridDrawsFromItsRowsDataUntilTheGridGoes() {
        apply("""
                {'changes': [{'node': 30, 'type': 'put', 'key': 'tag', 'feat': 0, 'value': 'vaadin-grid'}],
                 'execute': [[{'@v-node': 30}, 0, [{'key': '1', 'lr_3769df5394a74ef3_href': 'recommendations/161',
                   'lr_3769df5394a74ef3_text': 'Do this'}, {'key': '2', 'lr_3769df5394a74ef3_href': 'recommendations/162'}],
                   null, 'return $0.$connector.set($1,$2,$3)'],
                  [{'@v-node': 30}, 7, 'return $0.$connector.confirm($1)']]}""");
        assertThat(tree.links()).containsExactly("recommendations/161", "recommendations/162");

        apply("{'changes': [{'node': 30, 'type': 'detach'}]}");
        assertThat(tree.links()).isEmpty();
    }

    @Test
    void aSpliceRemovesChildrenAndTheWordsGoWithThem() {
        apply("""
                {'changes': [
                  {'node': 1, 'type': 'put', 'key': 'tag', 'feat': 0, 'value': 'vaadin-button'},
                  {'node': 2, 'type': 'put', 'key': 'text', 'feat': 7, 'value': 'Save'},
                  {'node': 3, 'type': 'put', 'key': 'text', 'feat': 7, 'value': ' summary'},
                  {'node': 1, 'type': 'splice', 'feat': 2, 'index': 0, 'addNodes': [2, 3]}]}""");
        assertThat(tree.button("Save summary")).isPresent();

        apply("{'changes': [{'node': 1, 'type': 'splice', 'feat': 2, 'index': 1, 'remove': 1}]}");
        assertThat(tree.button("Save summary")).isEmpty();
        assertThat(tree.button("Save")).isPresent();
    }

    @Test
    void saysWhichDialogsWereClosedAndWhichNotificationsOpenedAsTheBrowserMustAnswerThem() {
        apply("""
                {'changes': [
                  {'node': 20, 'type': 'put', 'key': 'tag', 'feat': 0, 'value': 'vaadin-dialog'},
                  {'node': 20, 'type': 'put', 'key': 'closed', 'feat': 4, 'value': 'k2'},
                  {'node': 20, 'type': 'put', 'key': 'opened', 'feat': 1, 'value': true},
                  {'node': 21, 'type': 'put', 'key': 'tag', 'feat': 0, 'value': 'vaadin-notification'},
                  {'node': 21, 'type': 'put', 'key': 'closed', 'feat': 4, 'value': 'k2'},
                  {'node': 21, 'type': 'put', 'key': 'duration', 'feat': 1, 'value': 3000},
                  {'node': 21, 'type': 'put', 'key': 'opened', 'feat': 1, 'value': true}]}""");
        assertThat(tree.openedNotifications(json.readTree("{}"))).isEmpty();
        var opened = json.readTree("""
                {"changes": [{"node": 21, "type": "put", "key": "opened", "feat": 1, "value": true}]}""");
        assertThat(tree.openedNotifications(opened)).hasSize(1).containsValue(3000L);
        UiNode dialog = tree.tagged("vaadin-dialog").getFirst();
        assertThat(tree.isOpen(dialog)).isTrue();

        var closing = json.readTree("""
                {"changes": [{"node": 20, "type": "put", "key": "opened", "feat": 1, "value": false}]}""");
        tree.apply(closing);
        assertThat(tree.closedOverlays(closing)).containsExactly(dialog);
        assertThat(tree.isOpen(dialog)).isFalse();
    }
}
