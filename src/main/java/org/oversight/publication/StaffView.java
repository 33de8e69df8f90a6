package org.oversight.publication;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.oversight.actionplan.PlanStatus;

/** What watchdog staff see when deciding what to publish: the whole text, with who decided what and when. */
public final class StaffView {

    private StaffView() {
    }

    /** A decision on one subject. {@code decidedBy} is a staff name: shown to staff only, never publicly. */
    public record Decision(boolean published, LocalDate withheldUntil, Ground ground, String decidedBy,
                           OffsetDateTime decidedAt) {

        /** Whether the public can see the subject today (a withholding until a day that has come has lapsed). */
        public boolean publicOn(LocalDate today) {
            return published || (withheldUntil != null && !withheldUntil.isAfter(today));
        }
    }

    public record Withheld(long id, String passage, Ground ground, String decidedBy, OffsetDateTime decidedAt) {
    }

    public record ReportLine(long reportId, String reference, String title, LocalDate publishedOn,
                             Optional<Decision> decision) {
    }

    public record ItemLine(long trackedId, String recipientName, Optional<Decision> decision) {
    }

    public record RecommendationLine(long recommendationId, String number, String text, List<Withheld> passages,
                                     List<ItemLine> items) {
    }

    public record ResponseLine(long planId, String organisation, PlanStatus status, String summary,
                               Optional<Decision> decision, List<Withheld> passages) {
    }

    public record UpdateLine(long updateId, String organisation, OffsetDateTime postedAt, String body,
                             Optional<Decision> decision, List<Withheld> passages) {
    }

    /** A report with everything about it that can be published. */
    public record ReportPublication(long reportId, String reference, String title, long watchdogId,
                                    String watchdogName, Optional<Decision> decision,
                                    List<RecommendationLine> recommendations, List<ResponseLine> responses,
                                    List<UpdateLine> updates) {
    }
}
