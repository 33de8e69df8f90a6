package org.oversight.recommendation.ui;

import org.oversight.base.i18n.Messages;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import org.oversight.base.Formats;
import org.oversight.recommendation.Status;

/** The deadline that matters now, with how long is left or how late it is; closed items show when they closed. */
public final class DueLabel {

    /** Items due within this many days are marked as due soon. */
    static final int SOON_DAYS = 14;

    private DueLabel() {
    }

    public static Span of(Status status, LocalDate dueOn, Long daysLeft, LocalDate closedOn) {
        return of(status, dueOn, daysLeft, closedOn, false);
    }

    /**
     * The current deadline as decision 0010 defines it ({@code DeadlineStanding}): closed, with the watchdog, no
     * target date, paused, overdue (long spans in words: "over 5 years overdue"), due soon, or days left.
     */
    public static Span of(Status status, LocalDate dueOn, Long daysLeft, LocalDate closedOn, boolean paused) {
        Span due = new Span();
        due.addClassName("due-label");
        if (status.isClosed()) {
            due.setText(closedOn == null ? Messages.t("recommendation.due.closed")
                    : Messages.t("recommendation.due.closed-on", Formats.date(closedOn)));
            due.addClassName("due-none");
        } else if (dueOn == null) {
            due.setText(status == Status.PLAN_SUBMITTED || status == Status.REPORTED_COMPLETE
                    ? Messages.t("recommendation.due.with-watchdog")
                    : Status.PLAN_AGREED.contains(status) ? Messages.t("recommendation.due.no-target") : "—");
            due.addClassName("due-none");
        } else if (paused) {
            Span left = new Span(Messages.t("recommendation.due.paused"));
            left.addClassName("due-left");
            due.add(new Span(Formats.date(dueOn)), left);
        } else {
            Span date = new Span(Formats.date(dueOn));
            if (daysLeft != null && daysLeft < 0) {
                due.add(date, StatusBadge.overdue(Formats.daysLeft(daysLeft)));
            } else {
                Span left = new Span(daysLeft == null ? "" : Formats.daysLeft(daysLeft));
                left.addClassName("due-left");
                if (daysLeft != null && daysLeft <= SOON_DAYS) {
                    due.addClassName("due-soon");
                }
                due.add(date, left);
            }
        }
        return due;
    }
}
