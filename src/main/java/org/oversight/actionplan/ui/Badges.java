package org.oversight.actionplan.ui;

import com.vaadin.flow.component.html.Span;
import org.oversight.base.i18n.Messages;
import org.oversight.recommendation.DeadlineStanding;
import org.oversight.actionplan.ActionStatus;
import org.oversight.actionplan.PlanStatus;
import org.oversight.actionplan.RevisionStatus;
import org.oversight.base.Formats;

/** Pills for plan, action and revision states, in the shared status-badge style; the text carries the meaning. */
final class Badges {

    private Badges() {
    }

    static Span plan(PlanStatus status) {
        Span badge = pill(status.label());
        switch (status) {
            case SUBMITTED -> badge.addClassName("waiting");
            case ACCEPTED -> badge.addClassName("closed");
            case RETURNED -> badge.addClassName("overdue");
            case DRAFT -> badge.addClassName("draft");
        }
        return badge;
    }

    static Span action(ActionStatus status) {
        Span badge = pill(status.label());
        switch (status) {
            case DONE -> badge.addClassName("closed");
            case BLOCKED -> badge.addClassName("overdue");
            case IN_PROGRESS -> badge.addClassName("waiting");
            case NOT_STARTED, CANCELLED -> badge.addClassName("draft");
        }
        return badge;
    }

    static Span revision(RevisionStatus status) {
        Span badge = pill(status.label());
        switch (status) {
            case PENDING -> badge.addClassName("waiting");
            case REFUSED -> badge.addClassName("overdue");
            case APPROVED, APPLIED -> badge.addClassName("closed");
        }
        return badge;
    }

    /**
     * "12 days overdue" in red, "3 days left" plain, "Paused", "No target date", or "No deadline running", as
     * decision 0010 defines them ({@link DeadlineStanding}).
     */
    static Span deadline(Long daysLeft, DeadlineStanding.Standing standing) {
        if (standing == DeadlineStanding.Standing.NO_TARGET_DATE) {
            Span none = pill(Messages.t("actionplan.badge.no-target"));
            none.addClassName("waiting");
            return none;
        }
        if (daysLeft == null) {
            Span none = new Span(Messages.t("actionplan.badge.no-deadline"));
            none.addClassName("muted");
            return none;
        }
        if (standing == DeadlineStanding.Standing.PAUSED) {
            Span paused = pill(Messages.t("actionplan.badge.paused"));
            paused.addClassName("waiting");
            return paused;
        }
        if (standing == DeadlineStanding.Standing.OVERDUE) {
            Span overdue = pill(Formats.daysLeft(daysLeft));
            overdue.addClassName("overdue");
            return overdue;
        }
        Span left = new Span(Formats.daysLeft(daysLeft));
        if (standing == DeadlineStanding.Standing.DUE_SOON) {
            left.addClassName("due-soon");
        }
        return left;
    }

    private static Span pill(String text) {
        Span badge = new Span(text);
        badge.addClassName("status-badge");
        return badge;
    }
}
