package org.oversight.outcome.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.oversight.base.Formats;
import org.oversight.base.SubmissionKey;
import org.oversight.base.i18n.Language;
import org.oversight.outcome.BulkRefusedException;
import org.oversight.outcome.ChainStep;
import org.oversight.outcome.LinkKind;
import org.oversight.outcome.NationalFollowUpService;
import org.oversight.outcome.NationalRecommendation;
import org.oversight.outcome.RepeatChain;
import org.oversight.recommendation.FreshItems;
import org.oversight.recommendation.Priority;
import org.oversight.recommendation.RecommendationKind;
import org.oversight.recommendation.Status;
import org.oversight.report.RecommendationForm;
import org.oversight.report.ReportService;
import org.oversight.testsupport.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** Watchdog staff who read Welsh follow a recommendation across its recipients in Welsh, refusals and dates too. */
@DatabaseTest
@Transactional
@WithUserDetails("hmicfrs")
class WatchdogFollowsInWelshTest extends SpringBrowserlessTest {

    @Autowired NationalFollowUpService national;
    @Autowired ReportService reports;
    @Autowired FreshItems fresh;

    private long sentToThreeForces() {
        return reports.addRecommendation(fresh.report(), new RecommendationForm("1", RecommendationKind.RECOMMENDATION,
                "Forces should answer 999 calls within ten seconds", Priority.HIGH, Set.of(), false,
                Set.of(fresh.orgId("SURREY"), fresh.orgId("KENT"), fresh.orgId("DEVON_CORNWALL"))), SubmissionKey.fresh());
    }

    @Test
    void thePageSpeaksWelshWithWelshDates() {
        long rec = sentToThreeForces();
        NationalRecommendation n = national.of(rec).orElseThrow();
        UI.getCurrent().setLocale(Language.WELSH.locale());
        UI.getCurrent().navigate("recommendations/national/" + rec);

        assertThat(find(H1.class).single().getText()).isEqualTo("Argymhelliad 1 o " + n.reportReference()
                + " ar draws ei dderbynwyr");
        assertThat(find(H3.class).all()).extracting(H3::getText).contains("Dal heb gynllun", "Pob derbynnydd");
        LocalDate due = n.withoutPlan().getFirst().dueOn();
        if (due != null) {
            String welshDate = Language.WELSH.speak(() -> Formats.date(due));
            assertThat(welshDate).isNotEqualTo(Language.ENGLISH.speak(() -> Formats.date(due)));
            UnorderedList without = find(UnorderedList.class).withClassName("without-plan").single();
            assertThat(without.getChildren().flatMap(li -> li.getChildren()).filter(Span.class::isInstance)
                    .map(c -> ((Span) c).getText())).anyMatch(t -> t.contains("yn ddyledus " + welshDate)
                            || t.contains("yn hwyr ers " + welshDate));
        }
    }

    @Test
    void aRefusedBulkVerificationSaysSoInWelshWithTheRightPlural() {
        long rec = sentToThreeForces();
        NationalRecommendation n = national.of(rec).orElseThrow();
        Map<Long, Integer> seen = new LinkedHashMap<>();
        for (NationalRecommendation.Recipient r : n.recipients().subList(0, 2)) {
            fresh.putInStatus(r.trackedId(), Status.IN_PROGRESS);
            seen.put(r.trackedId(), fresh.versionOf(r.trackedId()));
        }

        assertThatThrownBy(() -> Language.WELSH.speak(() -> national.verifyClaims(rec, seen, "Wedi'u gwneud.",
                SubmissionKey.fresh()))).isInstanceOf(BulkRefusedException.class)
                .hasMessageStartingWith("Ni chafodd dim ei wneud. Nid oedd modd i'r ddau hyn gymryd y cam:");
        assertThatThrownBy(() -> Language.WELSH.speak(() -> national.verifyClaims(rec, Map.of(), "Rheswm",
                SubmissionKey.fresh()))).hasMessage("Dewiswch o leiaf un hawliad cwblhau i'w ddilysu.");
    }

    @Test
    void theChainIsSaidInWelsh() {
        var chain = new RepeatChain(1, List.of(
                new ChainStep(1, "IPCC", LocalDate.of(2015, 6, 1), "R-1", "1", "text", null, null),
                new ChainStep(2, "HMICFRS", LocalDate.of(2019, 6, 1), "R-2", "1", "text", LinkKind.REPEATS, null),
                new ChainStep(3, "HMICFRS", LocalDate.of(2023, 6, 1), "R-3", "1", "text", LinkKind.REPEATS, null)));
        assertThat(Language.WELSH.speak(chain::inWords))
                .isEqualTo("Wedi'i wneud gyntaf gan IPCC yn 2015; wedi'i ailadrodd gan HMICFRS yn 2019 a 2023.");
    }
}
