package org.oversight.outcome.ui;

import org.oversight.base.SubmissionKey;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.oversight.base.Formats;
import org.oversight.base.ui.Feedback;
import org.oversight.base.ui.Submit;
import org.oversight.outcome.ChainStep;
import org.oversight.outcome.ItemOutcomes;
import org.oversight.outcome.LinkKind;
import org.oversight.outcome.OutcomeEntry;
import org.oversight.outcome.OutcomeService;
import org.oversight.outcome.RepeatChain;
import org.oversight.outcome.RepeatLinkService;
import org.oversight.outcome.Suggestion;
import org.oversight.recommendation.ui.ItemPageSection;
import org.oversight.recommendation.ui.RecommendationLinks;

/**
 * The item page's "Repeated recommendations" and "Did it work?" sections: the chain in words and step by step,
 * suggestions of earlier equivalents for the watchdog to confirm or dismiss, the outcome assessments and the
 * re-assessment due. What each user may do comes from the services.
 */
@org.springframework.stereotype.Component
class OutcomeItemSection implements ItemPageSection {

    private final OutcomeService outcomes;
    private final RepeatLinkService repeats;
    private final Clock clock;

    OutcomeItemSection(OutcomeService outcomes, RepeatLinkService repeats, Clock clock) {
        this.outcomes = outcomes;
        this.repeats = repeats;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Optional<Component> render(long trackedId, Runnable reload) {
        Div box = new Div();
        box.addClassName("outcome-sections");
        repeatsSection(trackedId, reload).ifPresent(c -> box.add(c));
        outcomeSection(trackedId, reload).ifPresent(c -> box.add(c));
        return box.getChildren().findAny().isPresent() ? Optional.of(box) : Optional.empty();
    }

    private Optional<Component> repeatsSection(long trackedId, Runnable reload) {
        RepeatChain chain = repeats.chain(trackedId);
        boolean mayLink = repeats.mayLink(trackedId);
        if (!chain.isLinked() && !mayLink) {
            return Optional.empty();
        }
        Div section = new Div(heading("Repeated recommendations"));
        section.addClassName("repeat-chain");
        if (chain.isLinked()) {
            Paragraph words = new Paragraph(chain.inWords());
            words.addClassName("chain-in-words");
            UnorderedList steps = new UnorderedList();
            for (ChainStep s : chain.steps()) {
                steps.add(step(s, chain.recommendationId()));
            }
            section.add(words, steps);
        } else {
            section.add(new Paragraph("Not linked to any earlier recommendation."));
        }
        if (mayLink) {
            Button link = new Button("Link to an earlier recommendation",
                    e -> new LinkDialog(repeats, trackedId, reload).open());
            section.add(link);
            section.add(suggestions(trackedId, reload));
        }
        return Optional.of(section);
    }

    private static ListItem step(ChainStep s, long current) {
        String text = s.year() + " · " + s.watchdog() + " · " + s.reportReference() + " " + s.number()
                + (s.linkKind() == null ? "" : " (" + s.linkKind().label().toLowerCase() + " the earlier one)");
        ListItem li = new ListItem();
        if (s.recommendationId() == current) {
            li.add(new Span(text + " – this recommendation"));
            li.addClassName("chain-current");
        } else if (s.trackedId() != null) {
            li.add(RecommendationLinks.item(text, s.trackedId()));
        } else {
            li.add(new Span(text));
        }
        Div quote = new Div(s.text());
        quote.addClassName("chain-text");
        li.add(quote);
        return li;
    }

    private Component suggestions(long trackedId, Runnable reload) {
        List<Suggestion> found = repeats.suggestions(trackedId);
        Div box = new Div();
        box.addClassName("repeat-suggestions");
        H3 h = new H3("Possible earlier equivalents");
        h.addClassName("detail-subsection");
        box.add(h);
        if (found.isEmpty()) {
            box.add(new Paragraph("No earlier recommendation reads like this one."));
            return box;
        }
        box.add(new Paragraph("Found by similar wording. Nothing is linked until you confirm it."));
        for (Suggestion s : found) {
            SubmissionKey key = SubmissionKey.fresh();
            Div card = new Div();
            card.addClassName("suggestion");
            Div title = new Div(s.watchdog() + " · " + Formats.date(s.publishedOn()) + " · " + s.reportReference()
                    + " " + s.number() + " – " + s.reportTitle());
            title.addClassName("suggestion-title");
            Div text = new Div(s.text());
            text.addClassName("chain-text");
            Button repeatsIt = Submit.button("Confirm: repeats it", () -> linked(
                    () -> repeats.link(trackedId, s.earlierId(), LinkKind.REPEATS, null, key), reload));
            repeatsIt.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.SMALL);
            Button buildsOn = Submit.button("Confirm: builds on it", () -> linked(
                    () -> repeats.link(trackedId, s.earlierId(), LinkKind.BUILDS_ON, null, key), reload));
            buildsOn.addThemeVariants(ButtonVariant.SMALL);
            Button dismiss = Submit.button("Not the same: dismiss", () -> linked(
                    () -> repeats.dismiss(trackedId, s.earlierId()), reload));
            dismiss.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
            Div actions = new Div(repeatsIt, buildsOn, dismiss);
            actions.addClassName("suggestion-actions");
            card.add(title, text, actions);
            box.add(card);
        }
        return box;
    }

    private static boolean linked(Runnable action, Runnable reload) {
        boolean ok = Feedback.run(action, null);
        if (ok) {
            Feedback.success("Saved.");
            reload.run();
        }
        return ok;
    }

    private Optional<Component> outcomeSection(long trackedId, Runnable reload) {
        ItemOutcomes o = outcomes.of(trackedId);
        if (o.verifiedOn() == null && o.assessments().isEmpty()) {
            return Optional.empty();
        }
        Div section = new Div(heading("Did it work?"));
        section.addClassName("outcome");
        if (o.assessments().isEmpty()) {
            section.add(new Paragraph("No outcome recorded yet. " + o.watchdogName()
                    + " judges whether the change worked when it next inspects."));
        } else {
            OutcomeEntry latest = o.latest().orElseThrow();
            Paragraph now = new Paragraph();
            now.add(new Span("Outcome: "), badge(latest), new Span(" (assessed " + Formats.longDate(latest.assessedOn()) + ")"));
            section.add(now);
            UnorderedList list = new UnorderedList();
            list.addClassName("outcome-history");
            for (OutcomeEntry e : o.assessments()) {
                list.add(entry(e));
            }
            section.add(list);
        }
        o.reassessment().ifPresent(r -> {
            LocalDate today = LocalDate.now(clock);
            String text = r.metOn() != null
                    ? "Re-assessment due " + Formats.longDate(r.dueOn()) + ": done on " + Formats.longDate(r.metOn()) + "."
                    : "Re-assessment due " + Formats.longDate(r.dueOn())
                    + (r.dueOn().isBefore(today) ? " – overdue." : ".");
            Paragraph p = new Paragraph(text);
            p.addClassName("reassessment");
            section.add(p);
        });
        if (o.mayAssess()) {
            Button record = new Button("Record outcome", e -> new OutcomeDialog(outcomes, trackedId, o.verifiedOn(),
                    LocalDate.now(clock), reload).open());
            record.addThemeVariants(ButtonVariant.PRIMARY);
            Button schedule = Submit.button("Schedule re-assessment", () -> linked(
                    () -> outcomes.scheduleReassessment(trackedId), reload));
            Div actions = new Div(record, schedule);
            actions.addClassName("transition-bar");
            section.add(actions);
        }
        return Optional.of(section);
    }

    private static ListItem entry(OutcomeEntry e) {
        ListItem li = new ListItem();
        Div head = new Div(badge(e), new Span(" " + Formats.longDate(e.assessedOn())
                + (e.recordedBy() == null ? "" : ", recorded by " + e.recordedBy())));
        li.add(head);
        Div rests = new Div(new Span("Rests on: "));
        if (e.sourceLink() != null && e.sourceReference() == null) {
            Anchor a = new Anchor(e.sourceLink(), e.sourceLink());
            a.setTarget("_blank");
            a.getElement().setAttribute("rel", "noopener noreferrer");
            rests.add(a);
        } else {
            rests.add(new Span(e.source()));
        }
        li.add(rests);
        if (e.evidence() != null) {
            li.add(new Div("Evidence: " + e.evidence()));
        }
        Div why = new Div("Reason: " + e.reason());
        why.addClassName("history-why");
        li.add(why);
        return li;
    }

    private static Span badge(OutcomeEntry e) {
        Span badge = new Span(e.rating().label());
        badge.addClassName("outcome-badge");
        badge.addClassName("outcome-" + e.rating().name().toLowerCase().replace('_', '-'));
        badge.getElement().setAttribute("title", e.rating().explanation());
        return badge;
    }

    private static H3 heading(String text) {
        H3 h = new H3(text);
        h.addClassName("detail-section");
        return h;
    }
}
