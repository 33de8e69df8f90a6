package org.oversight.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.oversight.base.SubmissionKey;
import org.oversight.dashboard.chart.CountRow;
import org.oversight.dashboard.chart.StatusByForce;
import org.oversight.dashboard.internal.JooqComparisonQuery;
import org.oversight.dashboard.internal.JooqComparisonSummaryQuery;
import org.oversight.dashboard.internal.JooqHeadlineQuery;
import org.oversight.dashboard.internal.JooqHeadlineSummaryQuery;
import org.oversight.deadline.BellCountsAgree;
import org.oversight.deadline.ClockService;
import org.oversight.recommendation.ItemScope;
import org.oversight.recommendation.Priority;
import org.oversight.recommendation.RecommendationKind;
import org.oversight.recommendation.RecommendationWorkflow;
import org.oversight.recommendation.ReportKind;
import org.oversight.recommendation.Transition;
import org.oversight.recommendation.internal.JooqItemCountLedger;
import org.oversight.recommendation.internal.JooqRegisterTally;
import org.oversight.recommendation.internal.JooqVerifiedSpanLedger;
import org.oversight.report.RecommendationForm;
import org.oversight.report.ReportForm;
import org.oversight.report.ReportService;
import org.oversight.testsupport.DatabaseTest;
import org.oversight.testsupport.RandomWalk;
import org.oversight.testsupport.SignIn;
import org.oversight.testsupport.WalkActor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

/**
 * The item counts summaries (item_count, item_verified_day and item_verified_span, decisions 0105, 0123 and 0127; the
 * register's register_tally, 0132) always equal a recount, and the dashboard's figures read from them the same figures counted from live
 * rows: after the demo data is loaded, and after every step of a random walk through the real services as the
 * people allowed to take each step — publishing a recommendation to several forces, adding a recipient, every status
 * move (plans submitted, accepted and returned, work claimed, verified, closed, reopened), clocks extended, paused
 * and resumed, a report's publication date corrected. The figures are compared as of several days around today
 * (overdue, due soon, paused and "this quarter" are applied at read time), nationally and for one force, unfiltered
 * and filtered by watchdog and period; so are the header's bell's deadline counts, for every kind of scope, against
 * the Deadlines list counted from live rows (decision 0141). Each case has a fixed seed, printed with any failure.
 */
@DatabaseTest
@Transactional
class SummaryEqualsRecountTest {

    static final int STEPS = 50;
    /** The dashboard's figures are compared after every tenth step (and at the start); the summary after every step. */
    static final int FIGURES_EVERY = 10;
    static final int[] DAYS_FROM_TODAY = {-30, 0, 14, 60};

    @Autowired
    RecommendationWorkflow workflow;
    @Autowired
    ReportService reports;
    @Autowired
    ClockService clocks;
    @Autowired
    JooqItemCountLedger ledger;
    @Autowired
    JooqVerifiedSpanLedger spans;
    @Autowired
    JooqRegisterTally tally;
    @Autowired
    JooqHeadlineQuery liveHeadline;
    @Autowired
    JooqHeadlineSummaryQuery summaryHeadline;
    @Autowired
    JooqComparisonQuery liveComparison;
    @Autowired
    JooqComparisonSummaryQuery summaryComparison;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;
    @Autowired
    org.oversight.recommendation.ItemCountCheck check;
    @Autowired
    org.oversight.deadline.JooqDeadlineQuery deadlines;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {20_261_202L, 7L, 1_234_567L})
    void theSummaryEqualsARecountAfterEveryStepOfARandomWalk(long seed) {
        String because = "seed " + seed;
        assertSame(because + ", the demo data as loaded", 0);
        Random random = new Random(seed);
        List<Long> forces = jdbc.queryForList(
                "SELECT id FROM organisation WHERE kind = 'FORCE' ORDER BY id", Long.class);
        List<String> kinds = RandomWalk.walk(STEPS, step -> {
            List<WalkActor> actors = WalkActor.items(jdbc);
            WalkActor actor = actors.get(random.nextInt(actors.size()));
            int choice = random.nextInt(10);
            return new RandomWalk.Step("item " + actor.id(), () -> switch (choice) {
                case 0 -> publish(random, forces);
                case 1 -> addRecipient(random, forces);
                case 2 -> pause(random, actor);
                case 3 -> extend(random, actor);
                case 4 -> endPause(actor);
                case 5 -> correctPublication(random, actors);
                default -> move(random, actor);
            });
        }, (what, step) -> assertSame(because + ", " + what, step));
        assertThat(RandomWalk.taken(kinds)).as(because + ": steps taken, not refused").isGreaterThan(STEPS / 2);
        assertThat(kinds).as(because + ": the walk published, corrected a publication date and moved")
                .anyMatch(k -> k.startsWith("publish")).anyMatch(k -> k.startsWith("correct")).anyMatch(k -> k.startsWith("move"));
    }

    @org.junit.jupiter.api.Test
    void theNightlyCheckPutsRightARowWrittenAroundTheLedgerAndOtherwiseChangesNothing() {
        assertThat(check.checkNow()).as("rows differing after the demo data is loaded").isZero();
        assertThat(ledger.storedVerifiedDays()).as("the demo data has verified items").isNotEmpty();
        jdbc.update("UPDATE item_count SET n = n + 1 WHERE recipient_id = (SELECT MIN(recipient_id) FROM item_count)");
        jdbc.update("UPDATE item_count_recipient SET n = n + 1 WHERE recipient_id = (SELECT MAX(recipient_id) FROM item_count)");
        assertThat(check.checkNow()).as("rows differing after two recipients' rows were miscounted").isPositive();
        assertThat(ledger.stored()).isEqualTo(ledger.recount());
        assertThat(ledger.storedByRecipient()).isEqualTo(ledger.recountByRecipient());
        assertThat(check.checkNow()).isZero();

        jdbc.update("UPDATE item_verified_day SET n = n + 1 WHERE recipient_id = (SELECT MIN(recipient_id) FROM item_verified_day)");
        assertThat(ledger.storedVerifiedDays()).isNotEqualTo(ledger.recountVerifiedDays());
        assertThat(check.checkNow()).as("rows differing after one recipient's verified days were miscounted").isPositive();
        assertThat(ledger.storedVerifiedDays()).isEqualTo(ledger.recountVerifiedDays());
        assertThat(ledger.stored()).isEqualTo(ledger.recount());
        assertThat(check.checkNow()).isZero();
        jdbc.update("UPDATE item_verified_span SET n = n + 1 WHERE days = (SELECT MIN(days) FROM item_verified_span)");
        assertThat(check.checkNow()).as("rows differing after the verified spans were miscounted").isPositive();
        assertThat(spans.stored()).isEqualTo(spans.recount()).isNotEmpty();
        assertThat(check.checkNow()).isZero();
    }

    /** The summary equals its recount, and every figure read from it the live figure, as of several days. */
    private void assertSame(String when, int step) {
        assertThat(ledger.stored()).as(when + ": item_count against a recount").isEqualTo(ledger.recount());
        assertThat(ledger.storedByRecipient()).as(when + ": item_count_recipient").isEqualTo(ledger.recountByRecipient());
        assertThat(ledger.storedVerifiedDays()).as(when + ": item_verified_day against a recount")
                .isEqualTo(ledger.recountVerifiedDays());
        assertThat(spans.stored()).as(when + ": item_verified_span against a recount").isEqualTo(spans.recount());
        assertThat(tally.stored()).as(when + ": register_tally (decision 0132) against a recount").isEqualTo(tally.recount());
        if (step % FIGURES_EVERY != 0) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        long surrey = jdbc.queryForObject("SELECT id FROM organisation WHERE code = 'SURREY'", Long.class);
        String watchdog = jdbc.queryForObject("SELECT MIN(code) FROM organisation WHERE kind = 'WATCHDOG'", String.class);
        List<DashboardFilter> filters = List.of(DashboardFilter.NONE,
                DashboardFilter.NONE.withWatchdog(watchdog).withPeriod(DashboardPeriod.values()[step % DashboardPeriod.values().length]));
        for (int days : DAYS_FROM_TODAY) {
            LocalDate day = today.plusDays(days);
            assertThat(BellCountsAgree.check(deadlines, jdbc, day, 14, when)).as(when + ": deadlines listed").isPositive();
            for (ItemScope scope : List.of(ItemScope.everything(), new ItemScope(surrey))) {
                for (DashboardFilter filter : filters) {
                    String as = when + ", as of " + day + ", " + scope + ", " + filter;
                    assertThat(summaryHeadline.figures(scope, filter, day, 14)).as(as + ": headline")
                            .isEqualTo(liveHeadline.figures(scope, filter, day, 14));
                    for (var compared : List.of(java.util.Optional.<String>empty(), java.util.Optional.of("Surrey Police"))) {
                        assertThat(rows(summaryComparison.statusByForce(scope, filter, day, compared)))
                                .as(as + ": status by force, compared with " + compared)
                                .isEqualTo(rows(liveComparison.statusByForce(scope, filter, day, compared)));
                    }
                }
            }
        }
    }

    private static List<CountRow> rows(ChartFigures<StatusByForce> f) { return f.data().forces().stream().sorted(Comparator.comparing(CountRow::name)).toList(); }

    private String move(Random random, WalkActor actor) {
        SignIn.as(users, random.nextBoolean() ? actor.watchdogUser() : actor.recipientUser());
        List<Transition> possible = workflow.available(actor.id());
        if (possible.isEmpty()) {
            return "move: none possible";
        }
        Transition t = possible.get(random.nextInt(possible.size()));
        workflow.apply(actor.id(), t, "A step of the walk", version(actor.id()));
        return "move " + t;
    }

    /** A new report of HMICFRS with one recommendation to two to four forces. */
    private String publish(Random random, List<Long> forces) {
        SignIn.as(users, "hmicfrs");
        long report = reports.create(new ReportForm(ReportKind.INSPECTION, "Walk report " + UUID.randomUUID(),
                "W-" + UUID.randomUUID().toString().substring(0, 8), LocalDate.now(clock).minusDays(random.nextInt(200)),
                null, null, Set.of(), Set.of()), SubmissionKey.fresh());
        Set<Long> to = new java.util.LinkedHashSet<>();
        int n = 2 + random.nextInt(3);
        while (to.size() < n) {
            to.add(forces.get(random.nextInt(forces.size())));
        }
        reports.addRecommendation(report, form(to), SubmissionKey.fresh());
        return "publish to " + to.size() + " forces";
    }

    /** Adds a force to a recommendation published during the walk (the demo's reports are not HMICFRS's to edit). */
    private String addRecipient(Random random, List<Long> forces) {
        List<Map<String, Object>> recs = jdbc.queryForList("""
                SELECT r.id, r.version FROM recommendation r JOIN report p ON p.id = r.report_id
                WHERE p.reference LIKE 'W-%' ORDER BY r.id""");
        if (recs.isEmpty()) {
            return "add recipient: nothing published yet";
        }
        Map<String, Object> rec = recs.get(random.nextInt(recs.size()));
        long id = ((Number) rec.get("id")).longValue();
        Set<Long> to = new java.util.LinkedHashSet<>(jdbc.queryForList(
                "SELECT recipient_id FROM tracked_recommendation WHERE recommendation_id = ?", Long.class, id));
        to.add(forces.get(random.nextInt(forces.size())));
        SignIn.as(users, "hmicfrs");
        reports.updateRecommendation(id, ((Number) rec.get("version")).intValue(), form(to));
        return "add recipient";
    }

    private static RecommendationForm form(Set<Long> to) {
        return new RecommendationForm("1", RecommendationKind.RECOMMENDATION, "A recommendation of the walk",
                Priority.MEDIUM, Set.of(), false, to);
    }

    /** Pauses a running clock of the item from a day in the last few weeks, ending some days from now or open. */
    private String pause(Random random, WalkActor actor) {
        Map<String, Object> c = runningClock(actor.id());
        if (c == null) {
            return "pause: no running clock";
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate from = today.minusDays(random.nextInt(20));
        LocalDate to = random.nextBoolean() ? null : today.plusDays(random.nextInt(30));
        SignIn.as(users, actor.watchdogUser());
        clocks.recordPause(id(c), version(c), from, to, "Judicial review of the walk");
        return "pause";
    }

    /** Corrects, as its watchdog, the publication date of a verified item's report, up to a month either way. */
    private String correctPublication(Random random, List<WalkActor> actors) {
        Set<Long> verified = Set.copyOf(jdbc.queryForList("SELECT id FROM tracked_recommendation"
                + " WHERE status = 'VERIFIED_IMPLEMENTED' AND closed_on IS NOT NULL", Long.class));
        List<WalkActor> of = actors.stream().filter(a -> verified.contains(a.id())).toList();
        WalkActor actor = of.get(random.nextInt(of.size()));
        long report = jdbc.queryForObject("SELECT r.report_id FROM recommendation r JOIN tracked_recommendation t"
                + " ON t.recommendation_id = r.id WHERE t.id = ?", Long.class, actor.id());
        SignIn.as(users, actor.watchdogUser());
        org.oversight.report.ReportDetail d = reports.find(report).orElseThrow();
        ReportForm f = d.toForm();
        LocalDate on = java.util.Collections.min(List.of(d.publishedOn().plusDays(random.nextInt(61) - 30), LocalDate.now(clock)));
        reports.update(report, d.version(), new ReportForm(f.kind(), f.title(), f.reference(), on, f.link(), f.summary(),
                f.forceIds(), f.themeIds()));
        return "correct publication of a report with verified items";
    }

    private String endPause(WalkActor actor) {
        Map<String, Object> c = runningClock(actor.id());
        if (c == null) {
            return "end pause: no running clock";
        }
        SignIn.as(users, actor.watchdogUser());
        clocks.endPause(id(c), version(c), LocalDate.now(clock).minusDays(1));
        return "end pause";
    }

    private String extend(Random random, WalkActor actor) {
        Map<String, Object> c = runningClock(actor.id());
        if (c == null) {
            return "extend: no running clock";
        }
        SignIn.as(users, actor.watchdogUser());
        LocalDate today = LocalDate.now(clock);
        clocks.grantExtension(id(c), version(c), today.minusDays(random.nextInt(5)),
                today.plusDays(5 + random.nextInt(60)), "More time asked for in the walk");
        return "extend";
    }

    private Map<String, Object> runningClock(long itemId) {
        List<Map<String, Object>> rows = jdbc.queryForList(
                "SELECT id, version FROM clock WHERE tracked_recommendation_id = ? AND met_on IS NULL ORDER BY id", itemId);
        return rows.isEmpty() ? null : rows.getFirst();
    }

    private static long id(Map<String, Object> row) { return ((Number) row.get("id")).longValue(); }
    private static int version(Map<String, Object> row) { return ((Number) row.get("version")).intValue(); }

    private int version(long itemId) { return jdbc.queryForObject("SELECT version FROM tracked_recommendation WHERE id = ?", Integer.class, itemId); }
}
