package org.oversight.recommendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.selectOne;
import static org.oversight.db.Tables.ORGANISATION;
import static org.oversight.db.Tables.RECOMMENDATION;
import static org.oversight.db.Tables.RECOMMENDATION_THEME;
import static org.oversight.db.Tables.REPORT;
import static org.oversight.db.Tables.THEME;
import static org.oversight.db.Tables.TRACKED_RECOMMENDATION;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.oversight.db.tables.Organisation;
import org.oversight.testsupport.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register selects through conditions on the items alone (sub-queries for the recommendation, report and
 * organisations), so that its count joins nothing and a page can be bounded along the deadline index. This holds it
 * to the plain form it replaced: the items of the joined row meeting each filter, written out here as the register
 * once wrote them. For many combinations of every filter, for a watchdog and for a force lead, the count and the
 * rows (in the default order) are those of the joined form.
 */
@DatabaseTest
@Transactional
class RegisterSelectionMatchesJoinedRowsTest {

    private static final Organisation RECIPIENT = ORGANISATION.as("recipient");
    private static final Organisation WATCHDOG = ORGANISATION.as("watchdog");

    @Autowired
    RecommendationRegister register;
    @Autowired
    DSLContext dsl;
    @Autowired
    Clock clock;

    @Test
    @WithUserDetails("hmicfrs")
    void aWatchdogsCountsAndRowsAreThoseOfTheJoinedRows() {
        assertEveryCombination(40, 11);
    }

    @Test
    @WithUserDetails("surrey")
    void aForceLeadsCountsAndRowsAreThoseOfTheJoinedRows() {
        assertEveryCombination(25, 12);
    }

    /**
     * A text search across every organisation (its matching texts found once for the count and the first page,
     * decision 0125): the count, the first page read with it and a page read alone are the joined rows, for
     * words of texts, pieces of a report's title and reference in another case (found through the report side
     * only when no text has them), a one-letter search, a search that matches nothing and LIKE's wildcards.
     */
    @Test
    @WithUserDetails("hmicfrs")
    void aSearchAcrossEveryOrganisationIsTheJoinedRowsWithItsFirstPage() {
        var titled = dsl.select(REPORT.TITLE, REPORT.REFERENCE).from(REPORT).orderBy(REPORT.ID).limit(1).fetchSingle();
        String ofTitle = titled.value1().substring(1, Math.min(9, titled.value1().length())).toUpperCase(java.util.Locale.ROOT);
        String ofReference = titled.value2().substring(0, Math.min(5, titled.value2().length())).toLowerCase(java.util.Locale.ROOT);
        int throughReports = 0;
        // "%", "_" and "!" are LIKE's wildcards and PostgreSQL's escape character (decision 0131): matched literally
        for (String q : List.of("training", "TRAINING", "ceop", ofTitle, ofReference, "a", "no text says this", "%", "_", "!", "g_o")) {
            var f = new RegisterFilter(null, null, Set.of(), null, null, null, false, null, null, null, q);
            List<Long> expected = joined(f);
            RegisterPager pager = new RegisterPager(register);
            assertThat(pager.count(f, List.of(), 50)).as("count of %s", q).isEqualTo(expected.size());
            assertThat(pager.page(f, 0, 50, List.of())).as("first page of %s", q).extracting(RegisterRow::id)
                    .isEqualTo(expected.subList(0, Math.min(50, expected.size())));
            assertThat(register.page(f, 7, 30, List.of())).as("rows 7 to 36 of %s", q).extracting(RegisterRow::id)
                    .isEqualTo(expected.subList(Math.min(7, expected.size()), Math.min(37, expected.size())));
            throughReports += dsl.fetchCount(dsl.select(RECOMMENDATION.ID).from(RECOMMENDATION).join(REPORT)
                    .on(REPORT.ID.eq(RECOMMENDATION.REPORT_ID))
                    .where(RECOMMENDATION.TEXT.containsIgnoreCase(q).not())
                    .and(REPORT.TITLE.containsIgnoreCase(q).or(REPORT.REFERENCE.containsIgnoreCase(q))));
        }
        assertThat(throughReports).as("recommendations found only through their report").isPositive();
    }

    private void assertEveryCombination(int combinations, long seed) {
        Random random = new Random(seed);
        int nonEmpty = 0;
        for (int i = 0; i < combinations; i++) {
            RegisterFilter f = randomFilter(random);
            List<Long> expected = joined(f);
            assertThat(register.count(f)).as("count of %s", f).isEqualTo(expected.size());
            assertThat(register.page(f, 0, RecommendationRegister.MAX_PAGE, List.of())).as("rows of %s", f)
                    .extracting(RegisterRow::id).isEqualTo(expected);
            nonEmpty += expected.isEmpty() ? 0 : 1;
        }
        assertThat(nonEmpty).as("combinations that select something").isGreaterThan(combinations / 4);
    }

    private static RegisterFilter randomFilter(Random r) {
        return new RegisterFilter(
                pick(r, null, null, "HMICFRS", "IOPC"),
                pick(r, null, null, null, "SURREY", "DEVON_CORNWALL"),
                pick(r, Set.of(), Set.of(), Status.openStates(), Set.of(Status.VERIFIED_IMPLEMENTED), Status.AWAITING_PLAN),
                pick(r, null, null, null, RecommendationKind.RECOMMENDATION, RecommendationKind.AREA_FOR_IMPROVEMENT),
                pick(r, null, null, null, "CUSTODY", "CHILD_PROTECTION"),
                pick(r, null, null, null, Priority.HIGH),
                r.nextInt(4) == 0,
                pick(r, null, null, null, 30),
                pick(r, null, null, LocalDate.of(2015, 1, 1)),
                pick(r, null, null, LocalDate.of(2024, 12, 31)),
                pick(r, null, null, null, "training", "IPCC", "ceop", "a"));
    }

    @SafeVarargs
    private static <T> T pick(Random r, T... values) {
        return values[r.nextInt(values.length)];
    }

    /** The ids of the items the filter selects in the user's scope, joined and filtered on the joined row. */
    private List<Long> joined(RegisterFilter f) {
        var tr = TRACKED_RECOMMENDATION;
        LocalDate today = LocalDate.now(clock);
        List<Condition> c = new ArrayList<>();
        c.add(register.scope().items());
        if (f.watchdog() != null) {
            c.add(WATCHDOG.CODE.eq(f.watchdog()));
        }
        if (f.force() != null) {
            c.add(RECIPIENT.CODE.eq(f.force()));
        }
        if (!f.statuses().isEmpty()) {
            c.add(tr.STATUS.in(f.statuses()));
        }
        if (f.kind() != null) {
            c.add(RECOMMENDATION.KIND.eq(f.kind()));
        }
        if (f.theme() != null) {
            c.add(exists(selectOne().from(RECOMMENDATION_THEME).join(THEME).on(THEME.ID.eq(RECOMMENDATION_THEME.THEME_ID))
                    .where(RECOMMENDATION_THEME.RECOMMENDATION_ID.eq(RECOMMENDATION.ID)).and(THEME.CODE.eq(f.theme()))));
        }
        if (f.priority() != null) {
            c.add(RECOMMENDATION.PRIORITY.eq(f.priority()));
        }
        if (f.overdue() && f.dueWithin() != null) {
            c.add(DeadlineStanding.needsAttention(today, f.dueWithin()));
        } else if (f.overdue()) {
            c.add(DeadlineStanding.overdue(today));
        } else if (f.dueWithin() != null) {
            c.add(DeadlineStanding.dueSoon(today, f.dueWithin()));
        }
        if (f.publishedFrom() != null) {
            c.add(REPORT.PUBLISHED_ON.ge(f.publishedFrom()));
        }
        if (f.publishedTo() != null) {
            c.add(REPORT.PUBLISHED_ON.le(f.publishedTo()));
        }
        if (f.q() != null) {
            c.add(RECOMMENDATION.TEXT.containsIgnoreCase(f.q()).or(REPORT.TITLE.containsIgnoreCase(f.q()))
                    .or(REPORT.REFERENCE.containsIgnoreCase(f.q())));
        }
        return dsl.select(tr.ID).from(tr)
                .join(RECOMMENDATION).on(RECOMMENDATION.ID.eq(tr.RECOMMENDATION_ID))
                .join(REPORT).on(REPORT.ID.eq(RECOMMENDATION.REPORT_ID))
                .join(RECIPIENT).on(RECIPIENT.ID.eq(tr.RECIPIENT_ID))
                .join(WATCHDOG).on(WATCHDOG.ID.eq(REPORT.WATCHDOG_ID))
                .where(DSL.and(c))
                .orderBy(tr.DUE_ON.asc().nullsLast(), REPORT.PUBLISHED_ON.desc().nullsLast(), tr.ID.asc())
                .fetch(tr.ID);
    }
}
