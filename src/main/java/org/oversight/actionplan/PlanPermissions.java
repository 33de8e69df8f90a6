package org.oversight.actionplan;

/**
 * What the signed-in user may do on a plan now, so that a view shows only buttons that work. The services check
 * every one of these again: a hidden button is not a rule.
 */
public record PlanPermissions(boolean editActions, boolean deleteActions, boolean editSummary, boolean submit, boolean decide,
                              boolean reviseDates, boolean postUpdates, boolean decideRevisions) {
}
