package org.oversight.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.oversight.db.Tables.CLOCK;
import static org.oversight.db.Tables.ORGANISATION;
import static org.oversight.db.Tables.OUTCOME_ASSESSMENT;
import static org.oversight.db.Tables.RECOMMENDATION;
import static org.oversight.db.Tables.RECOMMENDATION_LINK;
import static org.oversight.db.Tables.REPORT;
import static org.oversight.db.Tables.TRACKED_RECOMMENDATION;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.oversight.deadline.ClockLabels;
import org.oversight.recommendation.OrganisationRef;
import org.oversight.recommendation.Status;
import org.oversight.testsupport.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every figure of /performance, for every force, worked out a second way: plain rows read from the tables and
 * counted in Java (no GROUP BY, no FILTER, no PERCENTILE_CONT), without and with a watchdog filter.
 */
@DatabaseTest
@Transactional
class PerformanceFiguresAreCountedIndependentlyTest {

    @Autowired
    PerformanceService performance;
    @Autowired
    DSLContext dsl;
    @Autowired
    Clock clock;

    /** One item as stored. */
    record Item(long id, String force, String watchdog, long recommendationId, Status status, LocalDate dueOn,
                LocalDate closedOn, LocalDate publishedOn, int reopenCount) {
    }

    @Test
    @WithUserDetails("hmicfrs")
    void everyForceEveryFigureUnfiltered() {
        compare(DashboardFilter.NONE, null);
    }

    @Test
    @WithUserDetails("npcc.cse")
    void everyForceEveryFigureForOneWatchdog() {
        compare(DashboardFilter.NONE.withWatchdog("HMICFRS"), "HMICFRS");
        compare(DashboardFilter.NONE.withWatchdog("IOPC"), "IOPC");
    }

    @Test
    @WithUserDetails("chief.surrey")
    void aChiefOfficerSeesTheirOwnForceAgainstTheNationalMedian() {
        PerformanceTable table = performance.compare(DashboardFilter.NONE);
        assertThat(table.rows()).extracting(ForcePerformance::code).containsExactly("SURREY");
        assertThat(table.ownForce()).isEqualTo("SURREY");
        assertThat(table.forcesCompared()).isGreaterThan(40);
        assertThat(table.medians().onTimeShare()).isNotNull();
    }

    @Test
    @WithUserDetails("surrey")
    void aForceLeadHasTheirWorkListInstead() {
        assertThatThrownBy(() -> performance.compare(DashboardFilter.NONE)).isInstanceOf(AccessDeniedException.class);
    }

    private void compare(DashboardFilter filter, String watchdog) {
        LocalDate today = LocalDate.now(clock);
        List<Item> items = items(watchdog);
        Map<String, List<Item>> byForce = new HashMap<>();
        items.forEach(i -> byForce.computeIfAbsent(i.force(), k -> new ArrayList<>()).add(i));
        Map<Long, String> latest = latestOutcomes();
        Set<Long> repeating = new HashSet<>(dsl.select(RECOMMENDATION_LINK.RECOMMENDATION_ID).from(RECOMMENDATION_LINK)
                .fetch(RECOMMENDATION_LINK.RECOMMENDATION_ID));
        Map<Long, List<LocalDate[]>> responses = new HashMap<>();
        dsl.select(CLOCK.TRACKED_RECOMMENDATION_ID, CLOCK.MET_ON, CLOCK.DUE_ON).from(CLOCK)
                .where(CLOCK.RULE.in(ClockLabels.responseRules())).and(CLOCK.MET_ON.isNotNull())
                .forEach(r -> responses.computeIfAbsent(r.value1(), k -> new ArrayList<>())
                        .add(new LocalDate[] {r.value2(), r.value3()}));

        List<ForcePerformance> rows = performance.compare(filter).rows();
        assertThat(rows).extracting(ForcePerformance::code).containsExactlyInAnyOrderElementsOf(byForce.keySet());
        for (ForcePerformance f : rows) {
            List<Item> mine = byForce.get(f.code());
            assertThat(f.items()).as(f.code() + " items").isEqualTo(mine.size());
            List<Item> open = mine.stream().filter(i -> !i.status().isClosed()).toList();
            assertThat(f.open()).as(f.code() + " open").isEqualTo(open.size());
            assertThat(f.overdue()).as(f.code() + " overdue").isEqualTo(
                    (int) open.stream().filter(i -> i.dueOn() != null && i.dueOn().isBefore(today)).count());
            assertThat(f.reopened()).as(f.code() + " reopened").isEqualTo(
                    (int) mine.stream().filter(i -> i.reopenCount() > 0).count());
            assertThat(f.everClosed()).as(f.code() + " ever closed").isEqualTo(
                    (int) mine.stream().filter(i -> i.status().isClosed() || i.reopenCount() > 0).count());
            List<Item> verified = mine.stream().filter(i -> i.status() == Status.VERIFIED_IMPLEMENTED).toList();
            assertThat(f.verified()).as(f.code() + " verified").isEqualTo(verified.size());
            Double median = median(verified.stream()
                    .map(i -> (double) ChronoUnit.DAYS.between(i.publishedOn(), i.closedOn())).sorted().toList());
            if (median == null) {
                assertThat(f.medianDaysToVerify()).as(f.code() + " median").isNull();
            } else {
                assertThat(f.medianDaysToVerify()).as(f.code() + " median").isCloseTo(median, within(0.01));
            }
            assertThat(f.responsesMade()).as(f.code() + " responses").isEqualTo(
                    (int) mine.stream().filter(i -> responses.containsKey(i.id())).count());
            assertThat(f.responsesOnTime()).as(f.code() + " on time").isEqualTo((int) mine.stream()
                    .filter(i -> responses.getOrDefault(i.id(), List.of()).stream().anyMatch(d -> !d[0].isAfter(d[1])))
                    .count());
            assertThat(f.effective()).as(f.code() + " effective").isEqualTo(
                    (int) mine.stream().filter(i -> "EFFECTIVE".equals(latest.get(i.id()))).count());
            assertThat(f.assessed()).as(f.code() + " assessed").isEqualTo((int) mine.stream()
                    .filter(i -> new HashSet<>(List.of("EFFECTIVE", "PARTLY_EFFECTIVE", "NOT_EFFECTIVE")).contains(latest.get(i.id())))
                    .count());
            assertThat(f.undetermined()).as(f.code() + " undetermined").isEqualTo(
                    (int) mine.stream().filter(i -> "COULD_NOT_BE_DETERMINED".equals(latest.get(i.id()))).count());
            assertThat(f.repeats()).as(f.code() + " repeats").isEqualTo(
                    (int) mine.stream().filter(i -> repeating.contains(i.recommendationId())).count());
        }
    }

    private List<Item> items(String watchdog) {
        var t = TRACKED_RECOMMENDATION;
        var force = ORGANISATION.as("force");
        var w = ORGANISATION.as("w");
        return dsl.select(t.ID, force.CODE, w.CODE, t.RECOMMENDATION_ID, t.STATUS, t.DUE_ON, t.CLOSED_ON,
                        REPORT.PUBLISHED_ON, t.REOPEN_COUNT)
                .from(t).join(force).on(force.ID.eq(t.RECIPIENT_ID))
                .join(RECOMMENDATION).on(RECOMMENDATION.ID.eq(t.RECOMMENDATION_ID))
                .join(REPORT).on(REPORT.ID.eq(RECOMMENDATION.REPORT_ID))
                .join(w).on(w.ID.eq(REPORT.WATCHDOG_ID))
                .where(force.KIND.eq(OrganisationRef.Kind.FORCE))
                .fetch(r -> new Item(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(), r.value7(),
                        r.value8(), r.value9()))
                .stream().filter(i -> watchdog == null || watchdog.equals(i.watchdog())).toList();
    }

    /** Each item's latest outcome: the last by date, then by id. */
    private Map<Long, String> latestOutcomes() {
        Map<Long, String> latest = new HashMap<>();
        dsl.select(OUTCOME_ASSESSMENT.TRACKED_RECOMMENDATION_ID, OUTCOME_ASSESSMENT.RATING).from(OUTCOME_ASSESSMENT)
                .orderBy(OUTCOME_ASSESSMENT.ASSESSED_ON, OUTCOME_ASSESSMENT.ID)
                .forEach(r -> latest.put(r.value1(), r.value2()));
        return latest;
    }

    private static Double median(List<Double> sorted) {
        if (sorted.isEmpty()) {
            return null;
        }
        int mid = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(mid) : (sorted.get(mid - 1) + sorted.get(mid)) / 2;
    }
}
