package org.oversight.recommendation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.oversight.recommendation.internal.JooqStatusTrendLedger;
import org.oversight.recommendation.internal.JooqStatusTrendLedger.Deltas;
import org.oversight.recommendation.internal.JooqStatusTrendLedger.Key;
import org.oversight.testsupport.DatabaseTest;
import org.oversight.testsupport.SignIn;
import org.oversight.testsupport.WalkActor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

/**
 * The open-versus-closed trend's summaries (status_trend_month, decision 0080, and status_trend_recipient_month,
 * decision 0130) always equal a recount of the status
 * history: after the demo data is loaded, and after every step of a long random walk through the workflow —
 * verifying, closing, reopening, returning plans, on items of every watchdog and recipient — made through the real
 * service as the people allowed to make each move. The seed is fixed, so a failure repeats.
 */
@DatabaseTest
@Transactional
class TrendSummaryEqualsRecountTest {

    static final long SEED = 20_261_202L;
    static final int STEPS = 160;

    @Autowired
    RecommendationWorkflow workflow;
    @Autowired
    JooqStatusTrendLedger ledger;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void theSummaryEqualsARecountAfterEveryStepOfARandomWalkThroughTheWorkflow() {
        Map<Key, Deltas> initial = ledger.stored();
        assertThat(initial).as("the demo data's history, summarised by the migration and the loader").isNotEmpty()
                .isEqualTo(ledger.recount());
        assertThat(ledger.storedByRecipient()).as("the same without the report (V1534)").isNotEmpty()
                .isEqualTo(ledger.recountByRecipient());

        List<WalkActor> actors = WalkActor.items(jdbc);
        assertThat(actors).hasSizeGreaterThan(20);
        Random random = new Random(SEED);
        int moves = 0;
        List<Transition> made = new ArrayList<>();
        for (int step = 0; step < STEPS; step++) {
            WalkActor actor = actors.get(random.nextInt(actors.size()));
            String who = random.nextBoolean() ? actor.watchdogUser() : actor.recipientUser();
            SignIn.as(users, who);
            List<Transition> possible = workflow.available(actor.id());
            if (possible.isEmpty()) {
                continue;
            }
            Transition t = possible.get(random.nextInt(possible.size()));
            workflow.apply(actor.id(), t, "Step " + step + " of the random walk", version(actor.id()));
            made.add(t);
            moves++;
            assertThat(ledger.stored()).as("after step %d, %s on item %d", step, t, actor.id())
                    .isEqualTo(ledger.recount());
            assertThat(ledger.storedByRecipient()).as("without the report, after step %d", step)
                    .isEqualTo(ledger.recountByRecipient());
        }
        assertThat(moves).as("moves made").isGreaterThan(STEPS / 3);
        assertThat(made).as("moves that change the trend").contains(Transition.REOPEN);
        assertThat(ledger.stored()).as("the walk moved the trend").isNotEqualTo(initial);
    }

    @Test
    void aRebuildFromTheHistoryChangesNothing() {
        Map<Key, Deltas> before = ledger.stored();
        var beforeByRecipient = ledger.storedByRecipient();
        ledger.rebuild();
        assertThat(ledger.stored()).isEqualTo(before).isEqualTo(ledger.recount());
        assertThat(ledger.storedByRecipient()).isEqualTo(beforeByRecipient).isEqualTo(ledger.recountByRecipient());
    }

    private int version(long id) {
        return jdbc.queryForObject("SELECT version FROM tracked_recommendation WHERE id = ?", Integer.class, id);
    }
}
