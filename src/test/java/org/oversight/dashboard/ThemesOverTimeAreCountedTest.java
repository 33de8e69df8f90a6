package org.oversight.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.oversight.db.Tables.THEME;
import static org.oversight.db.Tables.TRACKED_RECOMMENDATION;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.oversight.base.SubmissionKey;
import org.oversight.outcome.OutcomeFixtures;
import org.oversight.outcome.OutcomeInput;
import org.oversight.outcome.OutcomeRating;
import org.oversight.outcome.OutcomeService;
import org.oversight.recommendation.FreshItems;
import org.oversight.recommendation.Priority;
import org.oversight.recommendation.RecommendationKind;
import org.oversight.report.RecommendationForm;
import org.oversight.report.ReportService;
import org.oversight.testsupport.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/**
 * Themes over time, each figure moved by exactly the event it counts: a recommendation made (its report's year), an
 * item closed (its closing year), an item assessed effective (the assessment's year); "could not be determined"
 * moves nothing.
 */
@DatabaseTest
@Transactional
@WithUserDetails("hmicfrs")
class ThemesOverTimeAreCountedTest {

    @Autowired
    ThemesOverTimeService themes;
    @Autowired
    ReportService reports;
    @Autowired
    FreshItems fresh;
    @Autowired
    OutcomeFixtures fixtures;
    @Autowired
    OutcomeService outcomes;
    @Autowired
    DSLContext dsl;
    @Autowired
    Clock clock;

    private ThemeYear figures(String code, int year) {
        return themes.themeYears().stream().filter(t -> t.themeCode().equals(code) && t.year() == year).findFirst()
                .orElse(new ThemeYear(code, "", year, 0, 0, 0));
    }

    @Test
    void eachFigureCountsItsOwnEvent() {
        var theme = dsl.selectFrom(THEME).orderBy(THEME.ID).limit(1).fetchSingle();
        LocalDate today = LocalDate.now(clock);
        int made = today.minusDays(10).getYear();
        ThemeYear before = figures(theme.getCode(), made);
        ThemeYear beforeToday = figures(theme.getCode(), today.getYear());

        long rec = reports.addRecommendation(fresh.report(), new RecommendationForm("1", RecommendationKind.RECOMMENDATION,
                "Forces should record the outcome of every call about a missing child", Priority.HIGH,
                Set.of(theme.getId()), false, Set.of(fresh.orgId("SURREY"), fresh.orgId("KENT"))), SubmissionKey.fresh());
        var items = dsl.select(TRACKED_RECOMMENDATION.ID).from(TRACKED_RECOMMENDATION)
                .where(TRACKED_RECOMMENDATION.RECOMMENDATION_ID.eq(rec)).orderBy(TRACKED_RECOMMENDATION.ID)
                .fetch(TRACKED_RECOMMENDATION.ID);
        assertThat(figures(theme.getCode(), made).made()).as("one recommendation, however many recipients")
                .isEqualTo(before.made() + 1);

        fixtures.verifiedOn(items.get(0), today);
        fixtures.verifiedOn(items.get(1), today);
        outcomes.record(items.get(0), new OutcomeInput(OutcomeRating.EFFECTIVE, today, null,
                "https://www.example.org/re-inspection", null, "Every call sampled had its outcome recorded."),
                SubmissionKey.fresh());
        outcomes.record(items.get(1), new OutcomeInput(OutcomeRating.COULD_NOT_BE_DETERMINED, today, null,
                "https://www.example.org/re-inspection", null, "Too few calls to judge."), SubmissionKey.fresh());

        ThemeYear after = figures(theme.getCode(), today.getYear());
        assertThat(after.closed()).isEqualTo(beforeToday.closed() + 2);
        assertThat(after.assessedEffective()).isEqualTo(beforeToday.assessedEffective() + 1);
    }

    @Test
    @WithUserDetails("surrey")
    void aForceLeadIsNotShownNationalThemeFigures() {
        assertThatThrownBy(() -> themes.themeYears()).isInstanceOf(AccessDeniedException.class);
    }
}
