package org.oversight.outcome;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.oversight.recommendation.DeadlineStanding.Standing;
import org.oversight.recommendation.RecipientSummary;
import org.oversight.recommendation.Status;

/**
 * One recommendation sent to many recipients, followed as a whole: every recipient the user may see, with its
 * status, whether its response came on time, its latest outcome, and the recipients still without a plan.
 *
 * @param mayAct whether the user may take the bulk actions (staff of the watchdog that made it)
 */
public record NationalRecommendation(long recommendationId, long reportId, String reportReference, String reportTitle,
                                     long watchdogId, String watchdogName, String number, String text,
                                     List<Recipient> recipients, boolean mayAct) {

    /** No plan yet: the recipient has still to send one (the "awaiting a plan" stage). */
    static final Set<Status> WITHOUT_PLAN = EnumSet.of(Status.OPEN, Status.PLAN_AWAITED);

    /**
     * @param standing  where the item stands against its deadline (decision 0010)
     * @param responded its response clock was met; {@code onTime} on or before its due date
     * @param outcome   its latest outcome assessment, or null
     */
    public record Recipient(long trackedId, String name, Status status, int version, LocalDate dueOn, Standing standing,
                            boolean responded, boolean onTime, OutcomeRating outcome) {

        public boolean withoutPlan() {
            return WITHOUT_PLAN.contains(status);
        }

        public boolean claimToVerify() {
            return status == Status.REPORTED_COMPLETE;
        }
    }

    public NationalRecommendation {
        recipients = List.copyOf(recipients);
    }

    public RecipientSummary summary() {
        Map<Status, Integer> counts = new EnumMap<>(Status.class);
        recipients.forEach(r -> counts.merge(r.status(), 1, Integer::sum));
        return new RecipientSummary(counts);
    }

    public List<Recipient> withoutPlan() {
        return recipients.stream().filter(Recipient::withoutPlan).toList();
    }

    public List<Recipient> claimsToVerify() {
        return recipients.stream().filter(Recipient::claimToVerify).toList();
    }

    public int responsesMade() {
        return (int) recipients.stream().filter(Recipient::responded).count();
    }

    public int responsesOnTime() {
        return (int) recipients.stream().filter(Recipient::onTime).count();
    }

    /** Responses on time as a share of the responses made, as on /performance; null when none is made yet. */
    public Double onTimeShare() {
        return responsesMade() == 0 ? null : (double) responsesOnTime() / responsesMade();
    }

    /** How many recipients' latest outcome is each rating (ratings nobody has are left out). */
    public Map<OutcomeRating, Long> outcomes() {
        return recipients.stream().filter(r -> r.outcome() != null)
                .collect(Collectors.groupingBy(Recipient::outcome, () -> new EnumMap<>(OutcomeRating.class),
                        Collectors.counting()));
    }

    public Map<Long, Recipient> byItem() {
        return recipients.stream().collect(Collectors.toMap(Recipient::trackedId, Function.identity()));
    }
}
