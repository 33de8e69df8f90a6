package org.oversight.outcome.ui;

import org.oversight.base.i18n.Messages;
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
        Div section = new Div(heading(Messages.t("outcome.item.repeated")));
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
            section.add(new Paragraph(Messages.t("outcome.item.not-linked")));
        }
        if (mayLink) {
            Button link = new Button(Messages.t("outcome.link.title"),
                    e -> new LinkDialog(repeats, trackedId, reload).open());
            section.add(link);
            section.add(suggestions(trackedId, reload));
        }
        return Optional.of(section);
    }

    private static ListItem step(ChainStep s, long current) {
        String text = s.year() + " · " + s.watchdog() + " · " + s.reportReference() + " " + s.number()
                + (s.linkKind() == null ? "" : Messages.t("outcome.item.step-kind", s.linkKind().label().toLowerCase()));
        ListItem li = new ListItem();
        if (s.recommendationId() == current) {
            li.add(new Span(Messages.t("outcome.item.this-one", text)));
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
        H3 h = new H3(Messages.t("outcome.item.possible"));
        h.addClassName("detail-subsection");
        box.add(h);
        if (found.isEmpty()) {
            box.add(new Paragraph(Messages.t("outcome.item.no-suggestions")));
            return box;
        }
        box.add(new Paragraph(Messages.t("outcome.item.suggestions-note")));
        for (Suggestion s : found) {
            SubmissionKey key = SubmissionKey.fresh();
            Div card = new Div();
            card.addClassName("suggestion");
            Div title = new Div(s.watchdog() + " · " + Formats.date(s.publishedOn()) + " · " + s.reportReference()
                    + " " + s.number() + " – " + s.reportTitle());
            title.addClassName("suggestion-title");
            Div text = new Div(s.text());
            text.addClassName("chain-text");
            Button repeatsIt = Submit.button(Messages.t("outcome.item.confirm-repeats"), () -> linked(
                    () -> repeats.link(trackedId, s.earlierId(), LinkKind.REPEATS, null, key), reload));
            repeatsIt.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.SMALL);
            Button buildsOn = Submit.button(Messages.t("outcome.item.confirm-builds-on"), () -> linked(
                    () -> repeats.link(trackedId, s.earlierId(), LinkKind.BUILDS_ON, null, key), reload));
            buildsOn.addThemeVariants(ButtonVariant.SMALL);
            Button dismiss = Submit.button(Messages.t("outcome.item.dismiss"), () -> linked(
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
            Feedback.success(Messages.t("outcome.item.saved"));
            reload.run();
        }
        return ok;
    }

    private Optional<Component> outcomeSection(long trackedId, Runnable reload) {
        ItemOutcomes o = outcomes.of(trackedId);
        if (o.verifiedOn() == null && o.assessments().isEmpty()) {
            return Optional.empty();
        }
        Div section = new Div(heading(Messages.t("outcome.ui.did-it-work")));
        section.addClassName("outcome");
        if (o.assessments().isEmpty()) {
            section.add(new Paragraph(Messages.t("outcome.item.none-yet", o.watchdogName())));
        } else {
            OutcomeEntry latest = o.latest().orElseThrow();
            Paragraph now = new Paragraph();
            now.add(new Span(Messages.t("outcome.item.outcome")), badge(latest),
                    new Span(Messages.t("outcome.item.assessed", Formats.longDate(latest.assessedOn()))));
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
                    ? Messages.t("outcome.item.reassessment-done", Formats.longDate(r.dueOn()), Formats.longDate(r.metOn()))
                    : Messages.t(r.dueOn().isBefore(today) ? "outcome.item.reassessment-overdue"
                            : "outcome.item.reassessment-due", Formats.longDate(r.dueOn()));
            Paragraph p = new Paragraph(text);
            p.addClassName("reassessment");
            section.add(p);
        });
        if (o.mayAssess()) {
            Button record = new Button(Messages.t("outcome.ui.record"), e -> new OutcomeDialog(outcomes, trackedId, o.verifiedOn(),
                    LocalDate.now(clock), reload).open());
            record.addThemeVariants(ButtonVariant.PRIMARY);
            Button schedule = Submit.button(Messages.t("outcome.item.schedule"), () -> linked(
                    () -> outcomes.scheduleReassessment(trackedId), reload));
            Div actions = new Div(record, schedule);
            actions.addClassName("transition-bar");
            section.add(actions);
        }
        return Optional.of(section);
    }

    private static ListItem entry(OutcomeEntry e) {
        ListItem li = new ListItem();
        Div head = new Div(badge(e), new Span(e.recordedBy() == null ? " " + Formats.longDate(e.assessedOn())
                : Messages.t("outcome.item.recorded-by", Formats.longDate(e.assessedOn()), e.recordedBy())));
        li.add(head);
        Div rests = new Div(new Span(Messages.t("outcome.item.rests-on")));
        if (e.sourceLink() != null && e.sourceReference() == null) {
            Anchor a = new Anchor(e.sourceLink(), e.sourceLink());
            a.setTarget("_blank");
            a.getElement().setAttribute("rel", "noopener noreferrer"); // i18n-ok: an attribute value
            rests.add(a);
        } else {
            rests.add(new Span(e.source()));
        }
        li.add(rests);
        if (e.evidence() != null) {
            li.add(new Div(Messages.t("outcome.item.evidence", e.evidence())));
        }
        Div why = new Div(Messages.t("outcome.item.reason", e.reason()));
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
