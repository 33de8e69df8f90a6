package org.oversight.base.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A text kept as keys reads the same after a trip through JSON, in each language, counts with their plural forms. */
class WordingTest {

    @Test
    void nestedWordsListsAndCountsSurviveJsonAndReadInEitherLanguage() {
        Wording line = Wording.of("actionplan.changes.headline", List.of(Wording.of("actionplan.changes.the-summary"),
                Wording.of("actionplan.changes.added", 2), Wording.of("actionplan.changes.changed", 3)));
        Wording back = Wording.fromJson(line.toJson());

        assertThat(back).isEqualTo(Wording.fromJson(back.toJson()));
        assertThat(back.in(Language.ENGLISH))
                .isEqualTo("Changed since it was returned: the summary, 2 actions added, 3 actions changed.");
        assertThat(back.in(Language.WELSH)).isEqualTo("Wedi newid ers iddo gael ei ddychwelyd: y crynodeb, "
                + "2 gam gweithredu wedi'u hychwanegu, 3 cham gweithredu wedi'u newid.");
    }

    @Test
    void namesAndReferencesAreKeptAsGiven() {
        Wording about = Wording.of("notification.about.plan", "Heddlu Gwent", "HMICFRS 2026/004", "PEEL 2026");
        Wording line = Wording.of("notification.inbox.line", Wording.of("recommendation.handoff.plan-accepted"), about);

        assertThat(Wording.fromJson(line.toJson()).in(Language.WELSH)).isEqualTo(
                "Mae eich cynllun gweithredu wedi'i dderbyn: cynllun gweithredu Heddlu Gwent ar gyfer HMICFRS 2026/004 (PEEL 2026)");
    }
}
