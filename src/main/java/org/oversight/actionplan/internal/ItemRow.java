package org.oversight.actionplan.internal;

import org.oversight.recommendation.Status;

/** A tracked item's owner, status and version, for the rules on updates and completion claims. */
public record ItemRow(long id, long recipientId, Status status, int version) {
}
