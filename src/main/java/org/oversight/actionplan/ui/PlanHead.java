package org.oversight.actionplan.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import org.oversight.actionplan.PlanHeader;
import org.oversight.base.Formats;
import org.oversight.base.i18n.Messages;

/** The top of the plan page: whose plan for which report, and where it stands with the watchdog. */
final class PlanHead {

    private PlanHead() {
    }

    static Div title(PlanHeader p) {
        Span eyebrow = new Span(Messages.t("actionplan.head.eyebrow", p.organisationName()));
        eyebrow.addClassName("eyebrow");
        H1 heading = new H1(p.reportTitle());
        heading.addClassName("plan-title");
        Span meta = new Span(p.updatedBy() == null
                ? Messages.t("actionplan.head.meta", p.reportReference(), p.watchdogName(), Formats.dateTime(p.updatedAt()))
                : Messages.t("actionplan.head.meta-by", p.reportReference(), p.watchdogName(), Formats.dateTime(p.updatedAt()),
                        p.updatedBy()));
        meta.addClassName("muted");
        Div line = new Div(Badges.plan(p.status()), meta);
        line.addClassName("plan-meta");
        Div header = new Div(eyebrow, heading, line);
        header.addClassName("plan-header");
        return header;
    }

    static Div decision(PlanHeader p) {
        Div callout = new Div();
        callout.addClassName("callout");
        switch (p.status()) {
            case DRAFT -> {
                callout.add(new Span(Messages.t("actionplan.head.draft")));
                callout.addClassName("callout-draft");
            }
            case SUBMITTED -> {
                callout.add(new Span(Messages.t("actionplan.head.submitted", p.submittedBy(), Formats.dateTime(p.submittedAt()),
                        p.watchdogName())));
                callout.addClassName("callout-waiting");
            }
            case ACCEPTED -> {
                callout.add(new Span(p.decisionReason() == null
                        ? Messages.t("actionplan.head.accepted", p.decidedBy(), p.watchdogName(), Formats.dateTime(p.decidedAt()))
                        : Messages.t("actionplan.head.accepted-note", p.decidedBy(), p.watchdogName(),
                                Formats.dateTime(p.decidedAt()), p.decisionReason())));
                callout.addClassName("callout-accepted");
            }
            case RETURNED -> {
                callout.add(new Span(Messages.t("actionplan.head.returned", p.decidedBy(), p.watchdogName(),
                        Formats.dateTime(p.decidedAt()), p.decisionReason())));
                callout.addClassName("callout-returned");
            }
        }
        return callout;
    }
}
