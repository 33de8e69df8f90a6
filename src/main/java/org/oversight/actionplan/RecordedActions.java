package org.oversight.actionplan;

import org.oversight.actionplan.internal.JooqActionRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes actions as a loader has them recorded (the demo data), through the one write path of the action table, so
 * that the dashboard's slippage summary counts them in the same transaction (decision 0112). Checks nothing: the
 * loader's data is the record.
 */
@Component
public class RecordedActions {

    private final JooqActionRepository actions;

    RecordedActions(JooqActionRepository actions) {
        this.actions = actions;
    }

    /** @return the new action's id */
    @Transactional(propagation = Propagation.MANDATORY)
    public long insert(long planId, RecordedAction action) {
        return actions.insertRecorded(planId, action);
    }
}
