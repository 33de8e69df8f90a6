package org.oversight.recommendation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.oversight.actionplan.NewUpdate;
import org.oversight.actionplan.PlanFixtures;
import org.oversight.actionplan.ProgressService;
import org.oversight.base.SubmissionKey;
import org.oversight.testsupport.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/**
 * An item's page shows its latest updates and builds the earlier ones when asked: every component of an open page is
 * kept in the reader's session, and an item's updates can run to hundreds (decision 0116).
 */
@DatabaseTest
@Transactional
@WithUserDetails("surrey")
class ItemPageShowsTheLatestUpdatesTest extends SpringBrowserlessTest {

    @Autowired PlanFixtures fx;
    @Autowired ProgressService progress;

    @Test
    void twelveUpdatesShowTheLatestFiveAndTheRestWhenAskedOldestFirst() {
        Div list = updatesOfAnItemWith(12);

        assertThat(bodies(list)).isEqualTo(texts(8, 12));
        Button earlier = find(Button.class).from(list).single();
        assertThat(earlier.getText()).isEqualTo("Show 7 earlier updates");

        test(earlier).click();

        assertThat(bodies(list)).isEqualTo(texts(1, 12));
        assertThat(find(Button.class).from(list).exists()).as("the button has done its work").isFalse();
    }

    @Test
    void fiveUpdatesOrFewerAreAllShownWithNoButton() {
        Div list = updatesOfAnItemWith(5);

        assertThat(bodies(list)).isEqualTo(texts(1, 5));
        assertThat(find(Button.class).from(list).exists()).isFalse();
    }

    /** A fresh item with this many updates, its page opened: the list of its updates. */
    private Div updatesOfAnItemWith(int updates) {
        var plan = fx.acceptedPlanOnAFreshItem("surrey", "SURREY", "Audit the custody records");
        for (int i = 1; i <= updates; i++) {
            progress.postItemUpdate(plan.item(), new NewUpdate("Item update " + i, null, null, null, List.of()),
                    SubmissionKey.fresh());
        }
        navigate("recommendations/" + plan.item(), RecommendationDetailView.class);
        return find(Div.class).withClassName("item-updates").single();
    }

    /** Each update's text, in the order shown. */
    private List<String> bodies(Div list) {
        return find(Div.class).from(list).withClassName("update").all().stream()
                .map(u -> u.getChildren().skip(1).findFirst().orElseThrow().getElement().getText()).toList();
    }

    private static List<String> texts(int from, int to) {
        return IntStream.rangeClosed(from, to).mapToObj(i -> "Item update " + i).toList();
    }
}
