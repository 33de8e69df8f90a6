package org.oversight.recommendation;

import java.time.LocalDate;

/**
 * Published, inside the deciding transaction, when a decision passes work to the other side (see {@link HandoffKind}).
 * The register and the action plans publish it; notification listens and records the inbox entries and mail in the
 * same transaction, so that a decision that rolls back tells nobody. Lower layers never call notification.
 *
 * @param planId    the plan the decision is about, or null for an item's own move
 * @param trackedId the item, or null for a decision on a whole plan
 * @param note      the reason or note given with the decision, if any
 * @param fromDate  for a date revision, the date before; else null
 * @param toDate    for a date revision, the date asked for; else null
 * @param subject   what the decision is about in a few words where the plan or item alone does not say it (the
 *                  action's title for a revision), or null
 */
public record Handoff(HandoffKind kind, long actorId, Long planId, Long trackedId, String note, LocalDate fromDate,
                      LocalDate toDate, String subject) {

    public static Handoff onPlan(HandoffKind kind, long actorId, long planId, String note) {
        return new Handoff(kind, actorId, planId, null, note, null, null, null);
    }

    public static Handoff onItem(HandoffKind kind, long actorId, long trackedId, String note) {
        return new Handoff(kind, actorId, null, trackedId, note, null, null, null);
    }
}
