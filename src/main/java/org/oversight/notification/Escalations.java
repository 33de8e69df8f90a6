package org.oversight.notification;

import java.util.Optional;
import org.oversight.notification.internal.JooqEscalationQuery;
import org.oversight.recommendation.Handoff;
import org.springframework.stereotype.Component;

/**
 * Which handoffs are escalations, copied to the recipient's chief officers (decision 0021): work the watchdog
 * sends back a second time or more (a plan returned again, a completion claim returned again) and a closed
 * recommendation reopened. Deadlines left unanswered are escalated by the reminder job ({@link Reminders}).
 */
@Component
class Escalations {

    private final JooqEscalationQuery counts;

    Escalations(JooqEscalationQuery counts) {
        this.counts = counts;
    }

    /** Why the chief officer is told, in a sentence, or empty when the handoff stays with the leads. */
    Optional<String> why(Handoff h) {
        return switch (h.kind()) {
            case PLAN_RETURNED -> {
                int returns = counts.planReturns(h.planId());
                yield returns < 2 ? Optional.empty()
                        : Optional.of("The watchdog has now returned this action plan " + times(returns) + ".");
            }
            case CLAIM_RETURNED -> {
                int returns = counts.claimReturns(h.trackedId());
                yield returns < 2 ? Optional.empty()
                        : Optional.of("The watchdog has now returned a completion claim on this recommendation " + times(returns) + ".");
            }
            case ITEM_REOPENED -> Optional.of("A recommendation that was closed is open again.");
            default -> Optional.empty();
        };
    }

    private static String times(int n) {
        return n == 2 ? "twice" : n + " times";
    }
}
