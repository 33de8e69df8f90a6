package org.oversight.recommendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oversight.db.Tables.ORGANISATION;
import static org.oversight.db.Tables.RECOMMENDATION;
import static org.oversight.db.Tables.ACTION_PLAN;
import static org.oversight.db.Tables.RECOMMENDATION_THEME;
import static org.oversight.db.Tables.REPORT;
import static org.oversight.db.Tables.THEME;
import static org.oversight.db.Tables.TRACKED_RECOMMENDATION;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.oversight.testsupport.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** The register's filters, sorting and paging run in SQL and never show anything outside the user's scope. */
@DatabaseTest
@Transactional
@WithUserDetails("hmicfrs")
class RegisterFiltersAndScopeTest {

    @Autowired
    RecommendationRegister register;
    @Autowired
    DSLContext dsl;
    @Autowired
    Clock clock;

    LocalDate today() {
        return LocalDate.now(clock);
    }

    RegisterFilter only(String force, boolean overdue) {
        return new RegisterFilter(null, force, Set.of(), null, null, null, overdue, null, null, null, null);
    }

    @Test
    void aWatchdogSeesEveryItemOfEveryWatchdog() {
        assertThat(register.count(RegisterFilter.NONE)).isEqualTo(dsl.fetchCount(TRACKED_RECOMMENDATION));
        assertThat(register.page(RegisterFilter.NONE, 0, 500, List.of())).extracting(RegisterRow::watchdogName)
                .contains("HMICFRS", "IOPC", "IICSA");
    }

    @Test
    @WithUserDetails("surrey")
    void aForceLeadSeesOnlyTheirForcesItemsWhateverTheFilterAsks() {
        List<RegisterRow> rows = register.page(RegisterFilter.NONE, 0, 500, List.of());
        assertThat(rows).isNotEmpty().allSatisfy(r -> assertThat(r.recipientName()).isEqualTo("Surrey Police"));
        assertThat(register.count(RegisterFilter.NONE)).isEqualTo(rows.size());
        assertThat(register.count(only("DEVON_CORNWALL", false))).isZero();
    }

    @Test
    @WithUserDetails("npcc.cse")
    void aNationalLeadSeesTheirBodysItems() {
        assertThat(register.page(RegisterFilter.NONE, 0, 500, List.of())).isNotEmpty()
                .allSatisfy(r -> assertThat(r.recipientName()).isEqualTo("NPCC lead for child sexual exploitation"));
    }

    @Test
    void overdueMeansAnOpenItemWhoseCurrentDeadlineHasPassed() {
        List<RegisterRow> rows = register.page(only("SURREY", true), 0, 500, List.of());
        int expected = dsl.fetchCount(TRACKED_RECOMMENDATION.join(ORGANISATION).on(ORGANISATION.ID.eq(TRACKED_RECOMMENDATION.RECIPIENT_ID)),
                ORGANISATION.CODE.eq("SURREY").and(TRACKED_RECOMMENDATION.DUE_ON.lt(today())));
        assertThat(rows).hasSize(expected).isNotEmpty().allSatisfy(r -> {
            assertThat(r.recipientName()).isEqualTo("Surrey Police");
            assertThat(r.dueOn()).isBefore(today());
            assertThat(r.daysLeft()).isNegative();
            assertThat(r.status().isClosed()).isFalse();
        });
        assertThat(register.count(only("SURREY", true))).isEqualTo(expected);
    }

    @Test
    void dueWithinCountsFromToday() {
        RegisterFilter in30 = new RegisterFilter(null, null, Set.of(), null, null, null, false, 30, null, null, null);
        assertThat(register.page(in30, 0, 500, List.of())).isNotEmpty()
                .allSatisfy(r -> assertThat(r.dueOn()).isBetween(today(), today().plusDays(30)));
        RegisterFilter overdueOrIn30 = new RegisterFilter(null, null, Set.of(), null, null, null, true, 30, null, null, null);
        assertThat(register.count(overdueOrIn30)).isEqualTo(register.count(in30) + register.count(only(null, true)));
    }

    @Test
    void statusKindPriorityWatchdogAndThemeNarrowTheSelection() {
        RegisterFilter f = new RegisterFilter("HMICFRS", null, Set.of(Status.VERIFIED_IMPLEMENTED, Status.SUPERSEDED),
                RecommendationKind.RECOMMENDATION, null, Priority.HIGH, false, null, null, null, null);
        List<RegisterRow> rows = register.page(f, 0, 500, List.of());
        assertThat(rows).isNotEmpty().allSatisfy(r -> {
            assertThat(r.watchdogName()).isEqualTo("HMICFRS");
            assertThat(r.status()).isIn(Status.VERIFIED_IMPLEMENTED, Status.SUPERSEDED);
            assertThat(r.kind()).isEqualTo(RecommendationKind.RECOMMENDATION);
            assertThat(r.priority()).isEqualTo(Priority.HIGH);
        });
        RegisterFilter custody = new RegisterFilter(null, null, Set.of(), null, "custody", null, false, null, null, null, null);
        int withTheme = dsl.fetchCount(TRACKED_RECOMMENDATION.join(RECOMMENDATION_THEME)
                .on(RECOMMENDATION_THEME.RECOMMENDATION_ID.eq(TRACKED_RECOMMENDATION.RECOMMENDATION_ID))
                .join(THEME).on(THEME.ID.eq(RECOMMENDATION_THEME.THEME_ID)), THEME.CODE.eq("CUSTODY"));
        assertThat(register.count(custody)).isPositive().isEqualTo(withTheme);
    }

    @Test
    void freeTextSearchesTheReferenceTitleAndText() {
        RegisterFilter byRef = new RegisterFilter(null, null, Set.of(), null, null, null, false, null, null, null, "ipcc-2015-001");
        assertThat(register.page(byRef, 0, 500, List.of())).isNotEmpty()
                .allSatisfy(r -> assertThat(r.reportReference()).isEqualTo("IPCC-2015-001"));
        RegisterFilter byText = new RegisterFilter(null, null, Set.of(), null, null, null, false, null, null, null, "CEOP");
        assertThat(register.page(byText, 0, 500, List.of())).isNotEmpty()
                .allSatisfy(r -> assertThat(r.text() + r.reportTitle() + r.reportReference()).containsIgnoringCase("ceop"));
    }

    @Test
    void publishedBetweenIsInclusive() {
        LocalDate from = LocalDate.of(2015, 11, 23);
        RegisterFilter f = new RegisterFilter(null, null, Set.of(), null, null, null, false, null, from, from, null);
        List<RegisterRow> rows = register.page(f, 0, 500, List.of());
        int expected = dsl.fetchCount(TRACKED_RECOMMENDATION.join(RECOMMENDATION).on(RECOMMENDATION.ID.eq(TRACKED_RECOMMENDATION.RECOMMENDATION_ID))
                .join(REPORT).on(REPORT.ID.eq(RECOMMENDATION.REPORT_ID)), REPORT.PUBLISHED_ON.eq(from));
        assertThat(rows).hasSize(expected).isNotEmpty();
    }

    @Test
    void sortingByDueDatePutsTheMostUrgentFirstAndUndatedLast() {
        List<RegisterRow> rows = register.page(RegisterFilter.NONE, 0, 500, List.of(SortBy.asc("due")));
        List<LocalDate> dated = rows.stream().map(RegisterRow::dueOn).takeWhile(d -> d != null).toList();
        assertThat(dated).isSortedAccordingTo(Comparator.naturalOrder()).isNotEmpty();
        assertThat(rows.subList(dated.size(), rows.size())).allSatisfy(r -> assertThat(r.dueOn()).isNull());
        List<RegisterRow> desc = register.page(RegisterFilter.NONE, 0, 5, List.of(SortBy.desc("due")));
        assertThat(desc.getFirst().dueOn()).isEqualTo(dated.getLast());
    }

    @Test
    void everySortableColumnSortsInTheDatabase() {
        for (String property : List.of("reference", "number", "recipient", "kind", "priority", "status", "due", "watchdog", "published")) {
            List<RegisterRow> asc = register.page(RegisterFilter.NONE, 0, 500, List.of(SortBy.asc(property)));
            List<RegisterRow> desc = register.page(RegisterFilter.NONE, 0, 500, List.of(SortBy.desc(property)));
            assertThat(asc).as(property).hasSameSizeAs(desc);
            assertThat(asc.getFirst().id()).as(property).isNotEqualTo(desc.getFirst().id());
        }
        List<RegisterRow> byStatus = register.page(RegisterFilter.NONE, 0, 500, List.of(SortBy.asc("status")));
        assertThat(byStatus).extracting(RegisterRow::status).isSortedAccordingTo(Comparator.naturalOrder());
        List<RegisterRow> byPriority = register.page(RegisterFilter.NONE, 0, 500, List.of(SortBy.asc("priority")));
        assertThat(byPriority).extracting(RegisterRow::priority).isSortedAccordingTo(Comparator.naturalOrder());
    }

    @Test
    void pagesFollowOnWithoutGapsOrRepeats() {
        List<SortBy> byPriority = List.of(SortBy.asc("priority"));
        List<Long> inOrder = new ArrayList<>();
        for (int offset = 0; offset < 120; offset += 40) {
            register.page(RegisterFilter.NONE, offset, 40, byPriority).forEach(r -> inOrder.add(r.id()));
        }
        assertThat(inOrder).hasSize(120).doesNotHaveDuplicates();
        assertThat(inOrder).isEqualTo(register.page(RegisterFilter.NONE, 0, 120, byPriority).stream().map(RegisterRow::id).toList());
    }

    /**
     * An item with an action plan for the force: its detail, history and progress are the force lead's to read, and
     * another force's item gives none of them (each is checked on its own, not through the detail).
     */
    @Test
    @WithUserDetails("surrey")
    void aForceLeadReadsTheirOwnItemsDetailHistoryAndProgressAndNoneOfAnotherForces() {
        long own = itemWithAPlan("SURREY");
        long other = itemWithAPlan("DEVON_CORNWALL");
        assertThat(register.detail(own)).isPresent();
        assertThat(register.history(own)).isNotEmpty();
        assertThat(register.progress(own)).get().satisfies(p -> assertThat(p.plan()).isNotNull());
        assertThat(register.history(other)).isEmpty();
        assertThat(register.progress(other)).isEmpty();
        assertThat(register.detail(other)).isEmpty();
    }

    private long itemWithAPlan(String force) {
        var tr = TRACKED_RECOMMENDATION;
        return dsl.select(tr.ID).from(tr).join(RECOMMENDATION).on(RECOMMENDATION.ID.eq(tr.RECOMMENDATION_ID))
                .join(ORGANISATION).on(ORGANISATION.ID.eq(tr.RECIPIENT_ID))
                .join(ACTION_PLAN).on(ACTION_PLAN.REPORT_ID.eq(RECOMMENDATION.REPORT_ID).and(ACTION_PLAN.ORGANISATION_ID.eq(tr.RECIPIENT_ID)))
                .where(ORGANISATION.CODE.eq(force)).orderBy(tr.ID).limit(1).fetchSingle(tr.ID);
    }
}
