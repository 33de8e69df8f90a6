package org.oversight.notification;

import org.oversight.base.i18n.Messages;
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
                        : Optional.of(Messages.t("notification.escalation.plan-returned", returns));
            }
            case CLAIM_RETURNED -> {
                int returns = counts.claimReturns(h.trackedId());
                yield returns < 2 ? Optional.empty()
                        : Optional.of(Messages.t("notification.escalation.claim-returned", returns));
            }
            case ITEM_REOPENED -> Optional.of(Messages.t("notification.escalation.item-reopened"));
            default -> Optional.empty();
        };
    }
}
