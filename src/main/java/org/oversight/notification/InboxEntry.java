package org.oversight.notification;

import java.time.OffsetDateTime;
import org.oversight.recommendation.HandoffKind;

/**
 * One decision in a person's inbox.
 *
 * @param path where to act, inside the app ("/plans/12")
 */
public record InboxEntry(long id, HandoffKind kind, String title, String note, String path, String actorName,
                         OffsetDateTime occurredAt, boolean needsAction, boolean read) {
}
