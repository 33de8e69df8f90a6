package org.oversight.actionplan.internal;

import java.time.OffsetDateTime;
import org.oversight.actionplan.PlanStatus;

/** The fields of a plan that rules are checked against: whose it is, whose report, where it stands. */
public record PlanRow(long id, long reportId, long organisationId, long watchdogId, PlanStatus status, int version,
                      OffsetDateTime submittedAt) {

    /** Once the watchdog has seen the plan, its dates move only through revisions with a reason. */
    public boolean everSubmitted() {
        return submittedAt != null;
    }
}
