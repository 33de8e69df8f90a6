package org.oversight.actionplan;

import java.util.List;

/** What waits for a watchdog's decision, longest waiting first; each list may be cut short, the counts are whole. */
public record WatchdogQueues(List<PlanSummary> plans, int plansCount, List<PendingRevision> revisions, int revisionsCount,
                             List<ClaimAwaiting> claims, int claimsCount) {
}
