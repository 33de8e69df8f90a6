package org.oversight.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.oversight.bench.BenchLine;
import org.oversight.dashboard.internal.JooqActionQuery;
import org.oversight.dashboard.internal.JooqComparisonQuery;
import org.oversight.dashboard.internal.JooqHeadlineQuery;
import org.oversight.dashboard.internal.JooqOverdueQuery;
import org.oversight.dashboard.internal.JooqThemeQuery;
import org.oversight.dashboard.internal.JooqTrendQuery;
import org.oversight.recommendation.ItemScope;
import org.oversight.security.CurrentUser;
import org.oversight.security.SignedInUser;
import org.oversight.testsupport.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/**
 * Not a test (excluded by name from surefire): adds about 20,000 tracked recommendations with their history and
 * plans, times {@link DashboardService#dashboard} nationally and for Surrey's chief officer, and each query on its
 * own, then rolls everything back. Run: {@code ./mvnw -o test -Dtest=DashboardScaleBenchmark}.
 */
@DatabaseTest
@Transactional
class DashboardScaleBenchmark {

    static final int REPORTS = 1000;
    static final int PER_REPORT = 20;
    static final String[] STATUSES = {"OPEN", "PLAN_AWAITED", "PLAN_SUBMITTED", "PLAN_ACCEPTED", "IN_PROGRESS",
            "REPORTED_COMPLETE", "VERIFIED_IMPLEMENTED", "VERIFIED_IMPLEMENTED", "CLOSED_NOT_IMPLEMENTED",
            "NO_FURTHER_ACTION", "IN_PROGRESS", "PLAN_AWAITED"};
    static final String[] KINDS = {"CAUSE_OF_CONCERN", "RECOMMENDATION", "AREA_FOR_IMPROVEMENT", "LEARNING_RECOMMENDATION"};

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DashboardService service;
    @Autowired
    Clock clock;
    @Autowired
    CurrentUser currentUser;
    @Autowired
    JooqHeadlineQuery headline;
    @Autowired
    JooqComparisonQuery comparison;
    @Autowired
    JooqTrendQuery trend;
    @Autowired
    org.oversight.recommendation.internal.JooqStatusTrendLedger trendLedger;
    @Autowired
    org.oversight.recommendation.internal.JooqItemCountLedger itemCounts;
    @Autowired
    org.oversight.actionplan.internal.JooqSlippageLedger slippage;
    @Autowired
    JooqOverdueQuery overdue;
    @Autowired
    JooqActionQuery actions;
    @Autowired
    JooqThemeQuery themes;

    @Test
    @WithUserDetails("hmicfrs")
    void national() {
        seed();
        String export = System.getProperty("bench.export");
        if (export != null) {
            // an H2 script of the seeded database, to study query plans in a shell: java -cp h2.jar org.h2.tools.Shell
            jdbc.execute("SCRIPT TO '" + export + "'");
            return;
        }
        time("national dashboard", () -> service.dashboard(DashboardFilter.NONE));
        time("national, IOPC 3 years", () -> service.dashboard(new DashboardFilter("IOPC", DashboardPeriod.LAST_3_YEARS, null)));
        parts(false);
    }

    @Test
    @WithUserDetails("chief.surrey")
    void oneForce() {
        seed();
        time("chief.surrey dashboard", () -> service.dashboard(DashboardFilter.NONE));
        parts(true);
    }

    private void parts(boolean comparative) {
        SignedInUser user = currentUser.require();
        ItemScope u = ItemScope.of(user);
        Optional<String> compared = comparative ? Optional.of(user.organisationName()) : Optional.empty();
        LocalDate today = LocalDate.now(clock);
        DashboardFilter f = DashboardFilter.NONE;
        time("  headline", () -> headline.figures(u, f, today, 14));
        time("  status by force", () -> comparison.statusByForce(u, f, today, compared));
        time("  trend", () -> trend.openVsClosed(u, f, today));
        time("  overdue", () -> overdue.overdueByWatchdog(u, f, today));
        time("  slippage", () -> actions.slippage(u, f, today));
        time("  themes", () -> themes.themesByForce(u, f, today));
    }

    private static void time(String what, Supplier<?> run) {
        for (int i = 0; i < 10; i++) {
            run.get();
        }
        double[] ms = new double[40];
        for (int i = 0; i < ms.length; i++) {
            long t = System.nanoTime();
            run.get();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        String name = "dashboard.seeded." + what.strip().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9.]+", "-");
        BenchLine.print(String.format(java.util.Locale.ROOT, "BENCH %s db=h2 p50_ms=%.2f p95_ms=%.2f", name, ms[ms.length / 2],
                ms[(int) (ms.length * 0.95)]));
    }

    private void seed() {
        Random random = new Random(42);
        LocalDate today = LocalDate.now(clock);
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<Long> watchdogs = jdbc.queryForList("SELECT id FROM organisation WHERE kind = 'WATCHDOG'", Long.class);
        List<Long> forces = jdbc.queryForList("SELECT id FROM organisation WHERE kind = 'FORCE'", Long.class);
        List<Long> themeIds = jdbc.queryForList("SELECT id FROM theme", Long.class);
        long firstReport = nextId("report");
        List<Object[]> reports = new ArrayList<>();
        for (int r = 0; r < REPORTS; r++) {
            reports.add(new Object[] {firstReport + r, watchdogs.get(r % watchdogs.size()), "BENCH-" + r,
                    today.minusDays(random.nextInt(6 * 365)), now});
        }
        jdbc.batchUpdate("INSERT INTO report (id, watchdog_id, kind, title, reference, published_on, created_at) "
                + "VALUES (?, ?, 'INSPECTION', 'Benchmark report', ?, ?, ?)", reports);
        long firstRec = nextId("recommendation");
        long firstTracked = nextId("tracked_recommendation");
        List<Object[]> recs = new ArrayList<>();
        List<Object[]> recThemes = new ArrayList<>();
        List<Object[]> tracked = new ArrayList<>();
        List<Object[]> changes = new ArrayList<>();
        for (int r = 0; r < REPORTS; r++) {
            LocalDate published = (LocalDate) reports.get(r)[3];
            for (int n = 0; n < PER_REPORT; n++) {
                long rec = firstRec + (long) r * PER_REPORT + n;
                recs.add(new Object[] {rec, firstReport + r, Integer.toString(n + 1), KINDS[random.nextInt(4)], now});
                int t1 = random.nextInt(themeIds.size());
                recThemes.add(new Object[] {rec, themeIds.get(t1)});
                recThemes.add(new Object[] {rec, themeIds.get((t1 + 1 + random.nextInt(5)) % themeIds.size())});
                String status = STATUSES[random.nextInt(STATUSES.length)];
                boolean closed = Expected.CLOSED.contains(status);
                boolean noDeadline = closed || status.equals("PLAN_SUBMITTED") || status.equals("REPORTED_COMPLETE");
                LocalDate due = noDeadline ? null : today.plusDays(random.nextInt(240) - 120);
                LocalDate closedOn = closed ? published.plusDays(random.nextInt(700) + 10) : null;
                if (closedOn != null && closedOn.isAfter(today)) {
                    closedOn = today;
                }
                long item = firstTracked + (long) r * PER_REPORT + n;
                tracked.add(new Object[] {item, rec, forces.get(random.nextInt(forces.size())), status, now, due,
                        closedOn, random.nextInt(40) == 0 ? 1 : 0});
                changes.add(new Object[] {item, null, "OPEN", published.atStartOfDay(clock.getZone()).toOffsetDateTime()});
                changes.add(new Object[] {item, "OPEN", "PLAN_AWAITED", published.plusDays(1).atStartOfDay(clock.getZone()).toOffsetDateTime()});
                LocalDate last = closedOn != null ? closedOn : published.plusDays(30);
                if (last.isAfter(today)) {
                    last = today;
                }
                changes.add(new Object[] {item, "PLAN_AWAITED", "PLAN_SUBMITTED", last.minusDays(5).atStartOfDay(clock.getZone()).toOffsetDateTime()});
                changes.add(new Object[] {item, "PLAN_SUBMITTED", status, last.atStartOfDay(clock.getZone()).toOffsetDateTime()});
            }
        }
        jdbc.batchUpdate("INSERT INTO recommendation (id, report_id, number, kind, text, priority, created_at) "
                + "VALUES (?, ?, ?, ?, 'Benchmark recommendation', 'MEDIUM', ?)", recs);
        jdbc.batchUpdate("INSERT INTO recommendation_theme (recommendation_id, theme_id) VALUES (?, ?)", recThemes);
        jdbc.batchUpdate("INSERT INTO tracked_recommendation (id, recommendation_id, recipient_id, status, "
                + "status_changed_at, due_on, closed_on, reopen_count) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", tracked);
        jdbc.batchUpdate("INSERT INTO status_change (tracked_recommendation_id, from_status, to_status, changed_at) "
                + "VALUES (?, ?, ?, ?)", changes);
        trendLedger.rebuild(); // written around the workflow: recount the trend summary (decision 0080)
        itemCounts.rebuild(); // and the item counts (decision 0105)
        long firstPlan = nextId("action_plan");
        List<Object[]> plans = new ArrayList<>();
        List<Object[]> acts = new ArrayList<>();
        // report p % 1000 and force p % 44 never meet twice below 11,000 plans: the (report, organisation) key holds
        for (int p = 0; p < 3000; p++) {
            long plan = firstPlan + p;
            plans.add(new Object[] {plan, firstReport + (p % REPORTS), forces.get(p % forces.size()),
                    p % 7 == 0 ? "SUBMITTED" : "ACCEPTED", now, now});
            for (int a = 0; a < 4; a++) {
                LocalDate original = today.plusDays(random.nextInt(400) - 250);
                LocalDate due = original.plusDays(random.nextInt(3) == 0 ? random.nextInt(200) : 0);
                boolean done = random.nextBoolean();
                acts.add(new Object[] {plan, due, original, done ? "DONE" : "IN_PROGRESS",
                        done ? due.plusDays(random.nextInt(30) - 15) : null, now, now});
            }
        }
        jdbc.batchUpdate("INSERT INTO action_plan (id, report_id, organisation_id, status, created_at, updated_at) "
                + "VALUES (?, ?, ?, ?, ?, ?)", plans);
        jdbc.batchUpdate("INSERT INTO action (plan_id, title, owner_name, due_on, original_due_on, status, completed_on, "
                + "created_at, updated_at) VALUES (?, 'Benchmark action', 'Owner', ?, ?, ?, ?, ?, ?)", acts);
        slippage.rebuild(); // written around the action repository: recount the slippage summary (decision 0112)
        System.out.printf("# seeded: %d tracked items, %d status changes, %d plans, %d actions%n",
                jdbc.queryForObject("SELECT COUNT(*) FROM tracked_recommendation", Integer.class),
                jdbc.queryForObject("SELECT COUNT(*) FROM status_change", Integer.class),
                jdbc.queryForObject("SELECT COUNT(*) FROM action_plan", Integer.class),
                jdbc.queryForObject("SELECT COUNT(*) FROM action", Integer.class));
    }

    private long nextId(String table) {
        return jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) + 1000 FROM " + table, Long.class);
    }
}
