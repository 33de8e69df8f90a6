package org.oversight.recommendation.ui;

import org.oversight.base.i18n.Language;
import org.oversight.base.i18n.Messages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.oversight.base.Formats;
import org.oversight.recommendation.ItemProgress;

/**
 * What the recipient has done, read-only: the plan, each action answering the item (owner, due date with the
 * original if it moved, progress, status), its updates and evidence. Editing lives in the action plan feature.
 */
final class ProgressPanel {

    private static final String PLAN_STATUS = "recommendation.progress.plan-status.";
    private static final String ACTION_STATUS = "recommendation.progress.action-status.";
    /** How many of a list's latest updates are shown at once. */
    static final int SHOWN = 5;

    private ProgressPanel() {
    }

    static Div of(ItemProgress p) {
        Div panel = new Div();
        panel.addClassName("progress-panel");
        if (p.plan() == null && p.actions().isEmpty()) {
            Paragraph none = new Paragraph(Messages.t("recommendation.progress.none"));
            none.addClassName("quiet");
            panel.add(none);
        } else {
            panel.add(plan(p.plan()));
        }
        if (p.plan() != null && p.actions().isEmpty()) {
            Paragraph none = new Paragraph(Messages.t("recommendation.progress.no-action"));
            none.addClassName("quiet");
            panel.add(none);
        }
        p.actions().forEach(a -> panel.add(action(a)));
        if (!p.itemUpdates().isEmpty()) {
            Div updates = updates(p.itemUpdates());
            updates.addClassName("item-updates");
            panel.add(updates);
        }
        return panel;
    }

    private static Component plan(ItemProgress.Plan plan) {
        Paragraph line = new Paragraph();
        line.addClassName("plan-line");
        if (plan == null) {
            line.setText(Messages.t("recommendation.progress.no-plan"));
            return line;
        }
        List<String> parts = new ArrayList<>();
        parts.add(Messages.t("recommendation.progress.plan", planStatus(plan.status())));
        if (plan.submittedAt() != null) {
            parts.add(Messages.t("recommendation.progress.submitted", Formats.dateTime(plan.submittedAt())));
        }
        if (plan.decidedAt() != null) {
            parts.add(Messages.t("recommendation.progress.decided", Formats.dateTime(plan.decidedAt())));
        }
        String said = String.join(", ", parts);
        line.setText((plan.dueOn() == null ? said
                : Messages.t("recommendation.progress.plan-due", said, Formats.date(plan.dueOn()))) + ".");
        if (plan.decisionReason() != null) {
            Span reason = new Span(" " + Messages.t("recommendation.progress.note", plan.decisionReason()));
            reason.addClassName("quiet");
            line.add(reason);
        }
        return line;
    }

    private static String planStatus(String status) {
        return switch (status) {
            case "DRAFT", "SUBMITTED", "ACCEPTED", "RETURNED" ->
                    Messages.t(PLAN_STATUS + status.toLowerCase(Locale.ROOT));
            default -> status.toLowerCase(Locale.ROOT);
        };
    }

    private static Div action(ItemProgress.Action a) {
        Div title = new Div(a.title());
        title.addClassName("action-title");
        String due = a.revised()
                ? Messages.t("recommendation.progress.due-revised", Formats.date(a.dueOn()), Formats.date(a.originalDueOn()))
                : Messages.t("recommendation.progress.due", Formats.date(a.dueOn()));
        Div meta = new Div(new Span(a.ownerName()), new Span(due), new Span(actionStatus(a.status())
                + (a.completedOn() != null ? " " + Formats.date(a.completedOn()) : "")));
        meta.addClassName("action-meta");
        ProgressBar bar = new ProgressBar(0, 100, a.progress());
        bar.addClassName("item-progress-bar");
        // a progress bar needs a name of its own for screen readers (axe: aria-progressbar-name)
        bar.getElement().setAttribute("aria-label", Messages.t("recommendation.progress.bar", a.title(), a.progress()));
        Span pct = new Span(a.progress() + "%");
        Div progress = new Div(bar, pct);
        progress.addClassName("action-progress-row");
        Div card = new Div(title, meta, progress);
        card.addClassName("action-card");
        if (a.revised()) {
            card.addClassName("revised");
        }
        if (!a.updates().isEmpty()) {
            card.add(updates(a.updates()));
        }
        return card;
    }

    private static String actionStatus(String status) {
        return switch (status) {
            case "NOT_STARTED", "IN_PROGRESS", "DONE", "BLOCKED", "CANCELLED" ->
                    Messages.t(ACTION_STATUS + status.toLowerCase(Locale.ROOT).replace('_', '-'));
            default -> status;
        };
    }

    /**
     * The latest {@value #SHOWN} updates, oldest first; earlier ones behind a button that builds them when pressed.
     * An item's updates can run to hundreds, and every component of a page is kept in the session of each person
     * who has it open (decision 0116).
     */
    static Div updates(List<ItemProgress.Update> updates) {
        Div list = new Div();
        list.addClassName("update-list");
        int earlier = Math.max(0, updates.size() - SHOWN);
        updates.subList(earlier, updates.size()).forEach(u -> list.add(entry(u)));
        if (earlier > 0) {
            List<ItemProgress.Update> hidden = List.copyOf(updates.subList(0, earlier));
            Button more = new Button(Messages.t("recommendation.progress.earlier", earlier));
            more.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
            more.addClassName("earlier-updates");
            more.addClickListener(e -> {
                list.remove(more);
                for (int i = 0; i < hidden.size(); i++) {
                    list.addComponentAtIndex(i, entry(hidden.get(i)));
                }
                // the button is gone: the reader goes on from the top of the list it opened
                list.getElement().setAttribute("tabindex", "-1");
                list.getElement().callJsFunction("focus");
            });
            list.addComponentAsFirst(more);
        }
        return list;
    }

    private static Div entry(ItemProgress.Update u) {
        Div head = new Div(new Span(Formats.dateTime(u.postedAt())),
                new Span(u.postedBy() == null ? "" : u.postedBy()),
                new Span(u.progress() == null ? "" : u.progress() + "%"));
        head.addClassName("update-head");
        Div entry = new Div(head, new Div(u.body()));
        entry.addClassName("update");
        for (ItemProgress.Evidence e : u.evidence()) {
            Div ev = new Div(RecommendationDetailView.evidenceLink(e.id(), e.fileName()),
                    new Span(Messages.t("recommendation.progress.evidence-of", Formats.date(e.evidenceDate()))),
                    new Span(size(e.sizeBytes())));
            if (e.expiresOn() != null) {
                ev.add(new Span(Messages.t("recommendation.progress.expires", Formats.date(e.expiresOn()))));
            }
            ev.addClassName("evidence");
            entry.add(ev);
        }
        return entry;
    }

    static String size(long bytes) {
        if (bytes < 1024) {
            return Messages.t("recommendation.progress.bytes", bytes);
        }
        if (bytes < 1024 * 1024) {
            return Messages.t("recommendation.progress.kb", Math.round(bytes / 1024.0));
        }
        return Messages.t("recommendation.progress.mb",
                String.format(Language.current().locale(), "%.1f", bytes / (1024.0 * 1024.0)));
    }
}
