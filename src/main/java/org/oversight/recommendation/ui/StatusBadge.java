package org.oversight.recommendation.ui;

import com.vaadin.flow.component.html.Span;
import org.oversight.recommendation.Status;

/** A recommendation's status as a pill; the text carries the meaning, the colour only repeats it. */
public final class StatusBadge {

    /** The class names of an "overdue by …" pill. */
    static final String OVERDUE = "status-badge overdue"; // i18n-ok: CSS class names

    private StatusBadge() {
    }

    public static Span of(Status status) {
        Span badge = new Span(status.label());
        badge.addClassNames(classes(status).split(" "));
        return badge;
    }

    /** The badge's class names: its colour follows whether the item is closed or waiting for the watchdog. */
    static String classes(Status status) {
        if (status.isClosed()) {
            return "status-badge closed"; // i18n-ok: CSS class names
        }
        return status == Status.PLAN_SUBMITTED || status == Status.REPORTED_COMPLETE ? "status-badge waiting" : "status-badge"; // i18n-ok: CSS class names
    }

    /** "Overdue by 12 days" and the like, marked so that it stands out. */
    public static Span overdue(String text) {
        Span badge = new Span(text);
        badge.addClassNames(OVERDUE.split(" "));
        return badge;
    }
}
