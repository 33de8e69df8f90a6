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

    /**
     * What a due label shows: its class names and either one text ({@code date} null) or a date followed by what is
     * left, with that part's class names. The register draws it as data (decision 0135), {@link #of} as a component.
     */
    public record Shown(String classes, String text, String date, String left, String leftClasses) {
    }

    public static Span of(Status status, LocalDate dueOn, Long daysLeft, LocalDate closedOn) {
        return of(status, dueOn, daysLeft, closedOn, false);
    }

    public static Span of(Status status, LocalDate dueOn, Long daysLeft, LocalDate closedOn, boolean paused) {
        Shown shown = shown(status, dueOn, daysLeft, closedOn, paused);
        Span due = new Span();
        due.addClassNames(shown.classes().split(" "));
        if (shown.date() == null) {
            due.setText(shown.text());
        } else {
            Span left = new Span(shown.left());
            left.addClassNames(shown.leftClasses().split(" "));
            due.add(new Span(shown.date()), left);
        }
        return due;
    }

    /**
     * The current deadline as decision 0010 defines it ({@code DeadlineStanding}): closed, with the watchdog, no
     * target date, paused, overdue (long spans in words: "over 5 years overdue"), due soon, or days left.
     */
    public static Shown shown(Status status, LocalDate dueOn, Long daysLeft, LocalDate closedOn, boolean paused) {
        if (status.isClosed()) {
            return new Shown("due-label due-none", closedOn == null ? Messages.t("recommendation.due.closed") // i18n-ok: CSS class names
                    : Messages.t("recommendation.due.closed-on", Formats.date(closedOn)), null, null, null);
        }
        if (dueOn == null) {
            return new Shown("due-label due-none", status == Status.PLAN_SUBMITTED || status == Status.REPORTED_COMPLETE // i18n-ok: CSS class names
                    ? Messages.t("recommendation.due.with-watchdog")
                    : Status.PLAN_AGREED.contains(status) ? Messages.t("recommendation.due.no-target") : "—", null, null, null);
        }
        String date = Formats.date(dueOn);
        if (paused) {
            return new Shown("due-label", null, date, Messages.t("recommendation.due.paused"), "due-left");
        }
        if (daysLeft != null && daysLeft < 0) {
            return new Shown("due-label", null, date, Formats.daysLeft(daysLeft), StatusBadge.OVERDUE);
        }
        return new Shown(daysLeft != null && daysLeft <= SOON_DAYS ? "due-label due-soon" : "due-label", null, date, // i18n-ok: CSS class names
                daysLeft == null ? "" : Formats.daysLeft(daysLeft), "due-left");
    }
}
