package org.oversight.recommendation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.oversight.base.Formats;
import org.oversight.recommendation.KindLabels;
import org.oversight.recommendation.RecommendationDetail;

/** The facts of one item as label/value pairs: where it came from, whom it is for, and the dates that matter. */
final class DetailFacts {

    private DetailFacts() {
    }

    static Div of(RecommendationDetail d) {
        Div facts = new Div();
        facts.addClassName("facts");
        fact(facts, "Report", RecommendationLinks.report(d.reportReference() + " — " + d.reportTitle(), d.reportId()));
        fact(facts, "Watchdog", d.watchdogName());
        fact(facts, "Published", Formats.date(d.publishedOn()));
        fact(facts, "Recipient", d.recipientName());
        fact(facts, "Kind", KindLabels.of(d.kind()));
        fact(facts, "Priority", d.priority().label());
        fact(facts, "Themes", d.themes().isEmpty() ? "—" : String.join(", ", d.themes()));
        fact(facts, "Status", d.status().label() + " since " + Formats.dateTime(d.statusChangedAt()));
        fact(facts, "Response due", Formats.date(d.responseDueOn()));
        fact(facts, "Implementation target", d.targetOn() == null ? "Not set yet" : Formats.date(d.targetOn()));
        fact(facts, "Current deadline", DueLabel.of(d.status(), d.dueOn(), d.daysLeft(), d.closedOn(), d.paused()));
        if (d.closedOn() != null) {
            fact(facts, "Closed", Formats.date(d.closedOn()));
        }
        if (d.reopenCount() > 0) {
            fact(facts, "Reopened", d.reopenCount() == 1 ? "once" : d.reopenCount() + " times");
        }
        if (d.completionSummary() != null) {
            Div wide = fact(facts, "Completion reported", d.completionSummary());
            wide.addClassName("fact-wide");
        }
        return facts;
    }

    private static Div fact(Div facts, String label, String value) {
        return fact(facts, label, new Span(value));
    }

    private static Div fact(Div facts, String label, Component value) {
        Div l = new Div(label);
        l.addClassName("fact-label");
        Div v = new Div(value);
        v.addClassName("fact-value");
        Div pair = new Div(l, v);
        pair.addClassName("fact");
        facts.add(pair);
        return pair;
    }
}
