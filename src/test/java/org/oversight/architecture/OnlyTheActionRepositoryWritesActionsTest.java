package org.oversight.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The action table is written by {@code actionplan.internal.JooqActionRepository} alone, which writes every action
 * through the slippage ledger in the same transaction (decision 0112): anything else that wrote an action would
 * leave the dashboard's slippage summary short of a recount. The demo data goes through
 * {@code actionplan.RecordedActions}; test-side bulk loaders rebuild the summary before they commit.
 */
class OnlyTheActionRepositoryWritesActionsTest {

    private static final Path REPOSITORY = Path.of("org/oversight/actionplan/internal/JooqActionRepository.java");
    private static final TableWriters ACTIONS = new TableWriters("ACTION", "Action", "action");

    @Test
    void onlyTheActionRepositoryWritesTheActionTable() throws IOException {
        assertThat(ACTIONS.outside(REPOSITORY::equals)).as("classes other than the action repository that write action")
                .isEmpty();
    }

    @Test
    void theCheckRecognisesWritesToActionsAndNothingElse() {
        assertThat(ACTIONS.writes(TableWriters.read(TableWriters.SOURCES.resolve(REPOSITORY)))).isTrue();
        assertThat(ACTIONS.writes("dsl.insertInto(ACTION).set(ACTION.PLAN_ID, planId)")).isTrue();
        assertThat(ACTIONS.writes("jdbc.update(\"UPDATE action SET status = 'DONE'\")")).isTrue();
        assertThat(ACTIONS.writes("private static final org.oversight.db.tables.Action A = ACTION; dsl.deleteFrom(A)"))
                .isTrue();
        assertThat(ACTIONS.writes("dsl.insertInto(ACTION_PLAN).set(ACTION_PLAN.REPORT_ID, r)")).isFalse();
        assertThat(ACTIONS.writes("dsl.insertInto(ACTION_SLIPPAGE); \"INSERT INTO action_recommendation\"")).isFalse();
        assertThat(ACTIONS.writes("dsl.select(ACTION.ID).from(ACTION).fetch()")).isFalse();
    }
}
