package org.oversight.recommendation.ui;

import org.oversight.base.i18n.Messages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
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
        fact(facts, Messages.t("recommendation.facts.report"), RecommendationLinks.report(d.reportReference() + " — " + d.reportTitle(), d.reportId()));
        fact(facts, Messages.t("recommendation.facts.watchdog"), d.watchdogName());
        fact(facts, Messages.t("recommendation.facts.published"), Formats.date(d.publishedOn()));
        fact(facts, Messages.t("recommendation.facts.recipient"), d.recipientName());
        fact(facts, Messages.t("recommendation.facts.kind"), KindLabels.of(d.kind()));
        fact(facts, Messages.t("recommendation.facts.priority"), d.priority().label());
        fact(facts, Messages.t("recommendation.facts.themes"), d.themes().isEmpty() ? "—" : String.join(", ", d.themes()));
        fact(facts, Messages.t("recommendation.facts.status"), Messages.t("recommendation.facts.status-since",
                d.status().label(), Formats.dateTime(d.statusChangedAt())));
        fact(facts, Messages.t("recommendation.facts.response-due"), Formats.date(d.responseDueOn()));
        fact(facts, Messages.t("recommendation.facts.target"), d.targetOn() == null
                ? Messages.t("recommendation.facts.not-set") : Formats.date(d.targetOn()));
        fact(facts, Messages.t("recommendation.facts.deadline"), DueLabel.of(d.status(), d.dueOn(), d.daysLeft(), d.closedOn(), d.paused()));
        if (d.closedOn() != null) {
            fact(facts, Messages.t("recommendation.facts.closed"), Formats.date(d.closedOn()));
        }
        if (d.reopenCount() > 0) {
            fact(facts, Messages.t("recommendation.facts.reopened"), Messages.t("recommendation.facts.times", d.reopenCount()));
        }
        if (d.completionSummary() != null) {
            Div wide = fact(facts, Messages.t("recommendation.facts.completion"), d.completionSummary());
            wide.addClassName("fact-wide");
        }
        return facts;
    }

    /** A fact whose value is text: the text sits in the value's own element (no element more for it). */
    private static Div fact(Div facts, String label, String value) {
        return pair(facts, label, new Div(value));
    }

    private static Div fact(Div facts, String label, Component value) {
        return pair(facts, label, new Div(value));
    }

    private static Div pair(Div facts, String label, Div v) {
        Div l = new Div(label);
        l.addClassName("fact-label");
        v.addClassName("fact-value");
        Div pair = new Div(l, v);
        pair.addClassName("fact");
        facts.add(pair);
        return pair;
    }
}
