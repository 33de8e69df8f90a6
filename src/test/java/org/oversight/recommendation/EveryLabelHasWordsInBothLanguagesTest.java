package org.oversight.recommendation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.oversight.base.i18n.Language;

/**
 * Labels looked up by a constant's name (statuses, priorities, kinds, moves, handoffs, stages) have words in English and
 * Welsh: a missing key would show as "[recommendation.status.…]" on a screen, and the bundle checks cannot see these.
 */
class EveryLabelHasWordsInBothLanguagesTest {

    @Test
    void everyConstantReadsAsWordsInEnglishAndWelsh() {
        for (Language language : Language.values()) {
            List<String> labels = language.speak(this::labels);
            assertThat(labels).as(language.name()).noneMatch(l -> l.startsWith("[") || l.isBlank());
        }
    }

    @Test
    void welshLabelsAreWelsh() {
        assertThat(Language.WELSH.speak(Status.PLAN_SUBMITTED::label)).isEqualTo("Cynllun wedi'i gyflwyno");
        assertThat(Language.WELSH.speak(() -> KindLabels.reference("AFI 3"))).isEqualTo("Maes i'w wella 3");
        assertThat(KindLabels.reference("CoC 1")).isEqualTo("Cause of concern 1");
        assertThat(Language.WELSH.speak(() -> new RecipientSummary(java.util.Map.of(Status.VERIFIED_IMPLEMENTED, 2,
                Status.OPEN, 1)).describe())).isEqualTo("Derbynwyr: 3 (2 wedi'u dilysu, 1 yn aros am gynllun)");
        assertThat(new RecipientSummary(java.util.Map.of(Status.VERIFIED_IMPLEMENTED, 2, Status.OPEN, 1)).describe())
                .isEqualTo("3 recipients: 2 verified, 1 awaiting a plan");
    }

    private List<String> labels() {
        List<String> all = new ArrayList<>();
        for (Status s : Status.values()) {
            all.add(s.label());
        }
        for (Priority p : Priority.values()) {
            all.add(p.label());
        }
        for (Transition t : Transition.values()) {
            all.add(t.label());
        }
        for (HandoffKind h : HandoffKind.values()) {
            all.add(h.label());
        }
        for (RecommendationKind k : RecommendationKind.values()) {
            all.add(KindLabels.of(k));
            all.add(KindLabels.reference(k, "1"));
        }
        for (ReportKind k : ReportKind.values()) {
            all.add(KindLabels.of(k));
        }
        all.add(new RecipientSummary(java.util.Map.of(Status.OPEN, 1)).describe());
        for (Status s : Status.values()) {
            new RecipientSummary(java.util.Map.of(s, 3)).stages().forEach(stage -> all.add(stage.words()));
        }
        return all;
    }
}
