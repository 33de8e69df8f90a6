package org.oversight.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.oversight.actionplan.ActionInput;
import org.oversight.actionplan.ActionPlanService;
import org.oversight.actionplan.ActionService;
import org.oversight.actionplan.ActionSlippageKey;
import org.oversight.actionplan.ActionStatus;
import org.oversight.actionplan.DueDateService;
import org.oversight.actionplan.NewUpdate;
import org.oversight.actionplan.ProgressService;
import org.oversight.actionplan.SlippageCheck;
import org.oversight.actionplan.internal.JooqSlippageLedger;
import org.oversight.base.SubmissionKey;
import org.oversight.dashboard.internal.JooqActionQuery;
import org.oversight.dashboard.internal.JooqSlippageSummaryQuery;
import org.oversight.recommendation.ItemScope;
import org.oversight.testsupport.DatabaseTest;
import org.oversight.testsupport.RandomWalk;
import org.oversight.testsupport.SignIn;
import org.oversight.testsupport.WalkActor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dashboard's slippage summary (action_slippage, decision 0112) always equals a recount of the actions, and the
 * slippage chart read from it equals the chart counted from live actions: after the demo data is loaded, and after
 * every step of a random walk through the real services as the people allowed to take each step — actions added,
 * edited (status, date, cancelled), their dates revised and the revisions decided, progress posted, actions deleted,
 * plans submitted, accepted and returned. The chart is compared as of several days around today ("overdue now" is
 * applied at read time), nationally and for one force, unfiltered and filtered by watchdog and period. Each case has
 * a fixed seed, printed with any failure.
 */
@DatabaseTest
@Transactional
class SlippageSummaryEqualsRecountTest {

    static final int STEPS = 60;
    /** The chart is compared after every tenth step (and at the start); the summary after every step. */
    static final int FIGURES_EVERY = 10;
    static final int[] DAYS_FROM_TODAY = {-200, -30, 0, 45, 400};

    @Autowired
    ActionService actions;
    @Autowired
    DueDateService dueDates;
    @Autowired
    ProgressService progress;
    @Autowired
    ActionPlanService plans;
    @Autowired
    JooqSlippageLedger ledger;
    @Autowired
    SlippageCheck check;
    @Autowired
    JooqActionQuery live;
    @Autowired
    JooqSlippageSummaryQuery summary;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {20_261_202L, 11L, 987_654L})
    void theSummaryEqualsARecountAfterEveryStepOfARandomWalk(long seed) {
        String because = "seed " + seed;
        assertThat(ledger.stored()).as(because + ": the demo's actions are counted").isNotEmpty();
        assertSame(because + ", the demo data as loaded", 0);
        Random random = new Random(seed);
        List<WalkActor> planActors = WalkActor.plans(jdbc);
        assertThat(planActors).as("demo plans a walk can act on").hasSizeGreaterThan(3);
        List<String> kinds = RandomWalk.walk(STEPS, step -> {
            WalkActor plan = planActors.get(random.nextInt(planActors.size()));
            Long action = anAction(random, plan.id());
            int choice = random.nextInt(10);
            return new RandomWalk.Step("plan " + plan.id(), () -> switch (choice) {
                case 0, 1 -> add(random, plan);
                case 2, 3 -> action == null ? "edit: no action" : edit(random, plan, action);
                case 4 -> revise(random, plan);
                case 5 -> decideRevision(random, planActors);
                case 6 -> action == null ? "progress: no action" : postProgress(random, plan, action);
                case 7 -> action == null ? "delete: no action" : delete(plan, action);
                default -> decidePlan(random, plan);
            });
        }, (what, step) -> assertSame(because + ", " + what, step));
        assertThat(RandomWalk.taken(kinds)).as(because + ": steps taken, not refused, of " + kinds)
                .isGreaterThan(STEPS / 3);
        assertThat(kinds).as(because + ": the walk added, edited and moved actions and posted progress")
                .anyMatch(k -> k.startsWith("add ")).anyMatch(k -> k.startsWith("edit to"))
                .anyMatch(k -> k.startsWith("revise: ")).anyMatch(k -> k.startsWith("progress "));
    }

    @Test
    void theMigrationsFillEqualsTheRecount() throws IOException {
        Map<ActionSlippageKey, Integer> kept = ledger.stored();
        String migration = Files.readString(Path.of("db/migration/V1500__action_slippage_summary.sql"));
        String fill = migration.substring(migration.indexOf("INSERT INTO action_slippage")).strip();
        jdbc.update("DELETE FROM action_slippage");
        jdbc.execute(fill.endsWith(";") ? fill.substring(0, fill.length() - 1) : fill);
        assertThat(ledger.stored()).as("the migration's own count of the demo's actions").isEqualTo(ledger.recount())
                .isEqualTo(kept);
    }

    @Test
    void theNightlyCheckPutsRightARowWrittenAroundTheLedgerAndOtherwiseChangesNothing() {
        assertThat(check.checkNow()).as("rows differing after the demo data is loaded").isZero();
        jdbc.update("UPDATE action_slippage SET n = n + 2"
                + " WHERE organisation_id = (SELECT MIN(organisation_id) FROM action_slippage)");
        assertThat(ledger.stored()).isNotEqualTo(ledger.recount());
        assertThat(check.checkNow()).as("rows differing after one organisation's rows were miscounted").isPositive();
        assertThat(ledger.stored()).isEqualTo(ledger.recount());
        assertThat(check.checkNow()).isZero();
        jdbc.update("UPDATE action_slippage_org SET n = n + 1"
                + " WHERE organisation_id = (SELECT MAX(organisation_id) FROM action_slippage_org)");
        assertThat(check.checkNow()).as("rows differing after the slippage by organisation was miscounted").isPositive();
        assertThat(ledger.storedByOrganisation()).isEqualTo(ledger.recountByOrganisation()).isNotEmpty();
        assertThat(check.checkNow()).isZero();
    }

    /** The summary equals its recount and, every few steps, the chart read from it the live chart, as of several days. */
    private void assertSame(String when, int step) {
        assertThat(ledger.stored()).as(when + ": action_slippage against a recount").isEqualTo(ledger.recount());
        assertThat(ledger.storedByOrganisation()).as(when + ": action_slippage_org against a recount")
                .isEqualTo(ledger.recountByOrganisation());
        if (step % FIGURES_EVERY != 0) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        long surrey = jdbc.queryForObject("SELECT id FROM organisation WHERE code = 'SURREY'", Long.class);
        List<DashboardFilter> filters = new ArrayList<>(List.of(DashboardFilter.NONE));
        for (String watchdog : jdbc.queryForList("SELECT code FROM organisation WHERE kind = 'WATCHDOG' ORDER BY code",
                String.class)) {
            filters.add(DashboardFilter.NONE.withWatchdog(watchdog)
                    .withPeriod(DashboardPeriod.values()[(step / FIGURES_EVERY) % DashboardPeriod.values().length]));
        }
        for (int days : DAYS_FROM_TODAY) {
            LocalDate day = today.plusDays(days);
            for (ItemScope scope : List.of(ItemScope.everything(), new ItemScope(surrey))) {
                for (DashboardFilter filter : filters) {
                    assertThat(summary.slippage(scope, filter, day).data())
                            .as(when + ", as of " + day + ", " + scope + ", " + filter)
                            .isEqualTo(live.slippage(scope, filter, day).data());
                }
            }
        }
    }

    /** A new action answering one of the plan's open items, due some day from a month ago to a year ahead. */
    private String add(Random random, WalkActor plan) {
        List<Long> open = jdbc.queryForList("""
                SELECT t.id FROM tracked_recommendation t JOIN recommendation r ON r.id = t.recommendation_id
                JOIN action_plan p ON p.report_id = r.report_id AND p.organisation_id = t.recipient_id
                WHERE p.id = ? AND t.status NOT IN ('VERIFIED_IMPLEMENTED', 'CLOSED_NOT_IMPLEMENTED',
                  'NO_FURTHER_ACTION', 'SUPERSEDED') ORDER BY t.id""", Long.class, plan.id());
        if (open.isEmpty()) {
            return "add: no open item";
        }
        ActionStatus status = List.of(ActionStatus.NOT_STARTED, ActionStatus.IN_PROGRESS, ActionStatus.DONE,
                ActionStatus.BLOCKED).get(random.nextInt(4));
        SignIn.as(users, plan.recipientUser());
        actions.addAction(plan.id(), new ActionInput("Walk action " + random.nextInt(1_000_000), null, "Walk owner",
                LocalDate.now(clock).plusDays(random.nextInt(400) - 30), random.nextInt(101), status,
                Set.of(open.get(random.nextInt(open.size())))), SubmissionKey.fresh());
        return "add " + status;
    }

    /**
     * Another status (cancelled and done among them) and, on a plan never submitted (the only one whose dates the
     * form may change), half the time another due date.
     */
    private String edit(Random random, WalkActor plan, long action) {
        Map<String, Object> a = jdbc.queryForMap("SELECT title, owner_name, progress FROM action WHERE id = ?", action);
        Set<Long> answers = Set.copyOf(jdbc.queryForList(
                "SELECT tracked_recommendation_id FROM action_recommendation WHERE action_id = ?", Long.class, action));
        ActionStatus status = ActionStatus.values()[random.nextInt(ActionStatus.values().length)];
        boolean dateFree = jdbc.queryForObject("SELECT COUNT(*) FROM action_plan p JOIN action a ON a.plan_id = p.id"
                + " WHERE a.id = ? AND p.submitted_at IS NULL", Integer.class, action) > 0;
        LocalDate due = dateFree && random.nextBoolean() ? LocalDate.now(clock).plusDays(random.nextInt(300))
                : jdbc.queryForObject("SELECT due_on FROM action WHERE id = ?", LocalDate.class, action);
        SignIn.as(users, plan.recipientUser());
        actions.editAction(action, new ActionInput((String) a.get("title"), null, (String) a.get("owner_name"), due,
                ((Number) a.get("progress")).intValue(), status, answers), version("action", action));
        return "edit to " + status;
    }

    /** A new due date from two months earlier to half a year later: applied at once, or waiting for the watchdog. */
    private String revise(Random random, WalkActor plan) {
        List<Long> open = jdbc.queryForList("SELECT id FROM action WHERE plan_id = ? AND status NOT IN ('DONE', 'CANCELLED')"
                + " ORDER BY id", Long.class, plan.id());
        if (open.isEmpty()) {
            return "no action to revise";
        }
        long action = open.get(random.nextInt(open.size()));
        LocalDate due = jdbc.queryForObject("SELECT due_on FROM action WHERE id = ?", LocalDate.class, action);
        SignIn.as(users, plan.recipientUser());
        return "revise: " + dueDates.revise(action, due.plusDays(random.nextInt(240) - 60), "Moved in the walk",
                version("action", action));
    }

    /** The watchdog approves (two times in three) or refuses the oldest revision waiting on any plan of the walk. */
    private String decideRevision(Random random, List<WalkActor> planActors) {
        List<Map<String, Object>> pending = jdbc.queryForList("""
                SELECT v.id, a.plan_id FROM due_date_revision v JOIN action a ON a.id = v.action_id
                WHERE v.status = 'PENDING' ORDER BY v.id""");
        WalkActor plan = pending.isEmpty() ? null : planActors.stream()
                .filter(p -> p.id() == ((Number) pending.getFirst().get("plan_id")).longValue()).findFirst().orElse(null);
        if (plan == null) {
            return "decide revision: none pending";
        }
        boolean approve = random.nextInt(3) > 0;
        SignIn.as(users, plan.watchdogUser());
        dueDates.decide(((Number) pending.getFirst().get("id")).longValue(), approve, approve ? null : "Not in the walk");
        return "decide revision: " + (approve ? "approved" : "refused");
    }

    private String postProgress(Random random, WalkActor plan, long action) {
        SignIn.as(users, plan.recipientUser());
        int done = random.nextInt(101);
        progress.postActionUpdate(action, new NewUpdate("Progress in the walk", done, null, null, List.of()),
                SubmissionKey.fresh());
        return "progress " + done;
    }

    private String delete(WalkActor plan, long action) {
        SignIn.as(users, plan.recipientUser());
        actions.deleteAction(action, version("action", action));
        return "delete";
    }

    /** Submits a draft or returned plan, or as the watchdog accepts or returns a submitted one. */
    private String decidePlan(Random random, WalkActor plan) {
        String status = jdbc.queryForObject("SELECT status FROM action_plan WHERE id = ?", String.class, plan.id());
        int version = version("action_plan", plan.id());
        if (!status.equals("SUBMITTED")) {
            SignIn.as(users, plan.recipientUser());
            plans.submit(plan.id(), version);
            return "submit plan";
        }
        SignIn.as(users, plan.watchdogUser());
        if (random.nextBoolean()) {
            plans.accept(plan.id(), null, version);
            return "accept plan";
        }
        plans.returnPlan(plan.id(), "Returned in the walk", version);
        return "return plan";
    }

    /** One of the plan's actions, or null when it has none. */
    private Long anAction(Random random, long planId) {
        List<Long> ids = jdbc.queryForList("SELECT id FROM action WHERE plan_id = ? ORDER BY id", Long.class, planId);
        return ids.isEmpty() ? null : ids.get(random.nextInt(ids.size()));
    }

    private int version(String table, long id) {
        return jdbc.queryForObject("SELECT version FROM " + table + " WHERE id = ?", Integer.class, id);
    }
}
