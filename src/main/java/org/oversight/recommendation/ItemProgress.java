package org.oversight.recommendation;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * What the recipient has done about one item, read-only: its action plan for the report, the actions that answer
 * the item with their updates and evidence, and updates posted on the item itself.
 */
public record ItemProgress(Plan plan, List<Action> actions, List<Update> itemUpdates) {

    public record Plan(long id, String status, LocalDate dueOn, OffsetDateTime submittedAt, OffsetDateTime decidedAt,
                       String decisionReason) {
    }

    /** {@code originalDueOn} differs from {@code dueOn} when the date was revised. */
    public record Action(long id, String title, String ownerName, LocalDate dueOn, LocalDate originalDueOn, int progress,
                         String status, LocalDate completedOn, List<Update> updates) {

        public boolean revised() {
            return !dueOn.equals(originalDueOn);
        }
    }

    public record Update(long id, OffsetDateTime postedAt, String postedBy, String body, Integer progress,
                         List<Evidence> evidence) {
    }

    /** Downloaded from {@code /evidence/{id}} (served by the action plan feature). */
    public record Evidence(long id, String fileName, LocalDate evidenceDate, long sizeBytes, LocalDate expiresOn) {
    }
}
