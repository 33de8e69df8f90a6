package org.oversight.actionplan;

import java.time.OffsetDateTime;

/**
 * A dated comment in the conversation on a plan.
 *
 * @param trackedId  the item it is about, or null for the whole plan
 * @param itemNumber that item's number ("3", "AFI 2"), or null
 */
public record PlanComment(long id, Long trackedId, String itemNumber, String authorName, String authorOrganisation,
                          String body, OffsetDateTime createdAt) {
}
