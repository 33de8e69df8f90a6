package org.oversight.actionplan;

import java.util.List;

/**
 * How one tracked recommendation is being answered, for read-only display elsewhere (the register's detail view):
 * the recipient's plan for the report (if any), the actions answering the item with their updates and evidence,
 * and the updates posted on the item itself (such as a completion claim). Evidence downloads at
 * {@link EvidenceEntry#downloadPath()}.
 */
public record ItemProgress(Long planId, PlanStatus planStatus, List<ActionDetails> actions, List<UpdateEntry> itemUpdates) {
}
