package org.oversight.actionplan.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import org.oversight.actionplan.PlanHeader;
import org.oversight.base.Formats;

/** The top of the plan page: whose plan for which report, and where it stands with the watchdog. */
final class PlanHead {

    private PlanHead() {
    }

    static Div title(PlanHeader p) {
        Span eyebrow = new Span("Action plan of " + p.organisationName());
        eyebrow.addClassName("eyebrow");
        H1 heading = new H1(p.reportTitle());
        heading.addClassName("plan-title");
        Span meta = new Span(p.reportReference() + " · for " + p.watchdogName() + " · last changed "
                + Formats.dateTime(p.updatedAt()) + (p.updatedBy() == null ? "" : " by " + p.updatedBy()));
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
                callout.add(new Span("Draft: the watchdog has not seen this plan. Add an action for every recommendation, "
                        + "write the summary, then submit it."));
                callout.addClassName("callout-draft");
            }
            case SUBMITTED -> {
                callout.add(new Span("Submitted by " + p.submittedBy() + " on " + Formats.dateTime(p.submittedAt())
                        + ". Awaiting " + p.watchdogName() + "'s decision; the actions cannot change until then."));
                callout.addClassName("callout-waiting");
            }
            case ACCEPTED -> {
                callout.add(new Span("Accepted by " + p.decidedBy() + " (" + p.watchdogName() + ") on "
                        + Formats.dateTime(p.decidedAt()) + "." + (p.decisionReason() == null ? "" : " Note: " + p.decisionReason())));
                callout.addClassName("callout-accepted");
            }
            case RETURNED -> {
                callout.add(new Span("Returned by " + p.decidedBy() + " (" + p.watchdogName() + ") on "
                        + Formats.dateTime(p.decidedAt()) + ". Revise the plan and submit it again. Reasons: " + p.decisionReason()));
                callout.addClassName("callout-returned");
            }
        }
        return callout;
    }
}
