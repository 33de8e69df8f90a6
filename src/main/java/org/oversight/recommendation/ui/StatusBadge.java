package org.oversight.recommendation.ui;

import com.vaadin.flow.component.html.Span;
import org.oversight.recommendation.Status;

/** A recommendation's status as a pill; the text carries the meaning, the colour only repeats it. */
public final class StatusBadge {

    private StatusBadge() {
    }

    public static Span of(Status status) {
        Span badge = new Span(status.label());
        badge.addClassName("status-badge");
        if (status.isClosed()) {
            badge.addClassName("closed");
        } else if (status == Status.PLAN_SUBMITTED || status == Status.REPORTED_COMPLETE) {
            badge.addClassName("waiting");
        }
        return badge;
    }

    /** "Overdue by 12 days" and the like, marked so that it stands out. */
    public static Span overdue(String text) {
        Span badge = new Span(text);
        badge.addClassNames("status-badge", "overdue");
        return badge;
    }
}
