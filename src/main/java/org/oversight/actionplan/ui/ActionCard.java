package org.oversight.actionplan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.util.Map;
import org.oversight.base.i18n.Messages;
import org.oversight.actionplan.ActionDetails;
import org.oversight.base.ui.LazyDetails;
import org.oversight.actionplan.DateRevision;
import org.oversight.actionplan.PlanItem;
import org.oversight.actionplan.PlanPermissions;
import org.oversight.actionplan.RevisionStatus;
import org.oversight.base.Formats;

/** One action as a card: its state, dates (original and agreed beside the current one), the items it answers and its history. */
class ActionCard extends Div {

    ActionCard(ActionDetails a, Map<Long, PlanItem> items, PlanPermissions can, PlanView view) {
        addClassName("action-card");
        H4 title = new H4(a.title());
        title.addClassName("action-title");
        Div head = new Div(title, Badges.action(a.status()));
        head.addClassName("action-head");
        add(head);

        ProgressBar bar = new ProgressBar(0, 100, a.progress());
        bar.getElement().setAttribute("aria-label", Messages.t("actionplan.card.progress", String.valueOf(a.progress())));
        Span percent = new Span(a.progress() + "%");
        percent.addClassName("action-percent");
        Div progress = new Div(bar, percent);
        progress.addClassName("action-progress");
        add(progress);

        Div facts = new Div(fact(Messages.t("actionplan.action.field.owner"), a.ownerName()), fact(Messages.t("actionplan.card.due"), due(a)));
        if (a.agreedDueOn() != null) {
            facts.add(fact(Messages.t("actionplan.card.agreed"), Formats.date(a.agreedDueOn())));
        }
        if (a.completedOn() != null) {
            facts.add(fact(Messages.t("actionplan.card.completed"), Formats.date(a.completedOn())));
        }
        facts.addClassName("action-facts");
        add(facts);

        Div answers = new Div(new Span(Messages.t("actionplan.card.answers")));
        answers.addClassName("action-answers");
        a.answers().stream().map(items::get).filter(java.util.Objects::nonNull).forEach(i -> {
            Span chip = new Span(i.reference());
            chip.addClassName("answer-chip");
            chip.getElement().setAttribute("title", i.text());
            answers.add(chip);
        });
        add(answers);
        if (a.description() != null) {
            Paragraph description = new Paragraph(a.description());
            description.addClassName("action-description");
            add(description);
        }
        a.revisions().stream().filter(r -> r.status() == RevisionStatus.PENDING).findFirst()
                .ifPresent(r -> add(pending(r, can, view)));

        Div buttons = new Div();
        buttons.addClassName("action-buttons");
        if (can.editActions()) {
            buttons.add(small(Messages.t("actionplan.card.edit"), () -> view.editAction(a)));
        }
        if (can.reviseDates() && !a.status().finished() && !a.hasPendingRevision()) {
            buttons.add(small(Messages.t("actionplan.card.revise"), () -> view.reviseDate(a)));
        }
        if (can.postUpdates() && a.status() != org.oversight.actionplan.ActionStatus.CANCELLED) {
            buttons.add(small(Messages.t("actionplan.update.post"), () -> view.postActionUpdate(a)));
        }
        if (can.deleteActions() && a.updateCount() == 0 && a.revisions().isEmpty()) {
            Button delete = small(Messages.t("actionplan.action.remove"), () -> view.deleteAction(a));
            delete.addThemeVariants(ButtonVariant.ERROR);
            buttons.add(delete);
        }
        if (buttons.getChildren().findAny().isPresent()) {
            add(buttons);
        }
        if (a.updateCount() > 0 || !a.revisions().isEmpty()) {
            add(history(a, view));
        }
    }

    private static String due(ActionDetails a) {
        return a.dateMoved() ? Messages.t("actionplan.card.due-moved", Formats.date(a.dueOn()), Formats.date(a.originalDueOn()))
                : Formats.date(a.dueOn());
    }

    private static Div fact(String label, String value) {
        Span l = new Span(label);
        l.addClassName("fact-label");
        Span v = new Span(value);
        v.addClassName("fact-value");
        Div fact = new Div(l, v);
        fact.addClassName("fact");
        return fact;
    }

    private static Div pending(DateRevision r, PlanPermissions can, PlanView view) {
        Div box = new Div(new Span(Messages.t("actionplan.card.pending", Formats.date(r.toDueOn()), r.requestedBy(),
                Formats.dateTime(r.requestedAt()), r.reason())));
        box.addClassName("callout");
        box.addClassName("callout-waiting");
        if (can.decideRevisions()) {
            Button approve = small(Messages.t("actionplan.card.approve-date"), () -> view.decideRevision(r, true));
            approve.addThemeVariants(ButtonVariant.PRIMARY);
            Div buttons = new Div(approve, small(Messages.t("actionplan.revision.refuse.button"), () -> view.decideRevision(r, false)));
            buttons.addClassName("action-buttons");
            box.add(buttons);
        }
        return box;
    }

    /** The action's dates and updates, built when the reader opens them (decision 0116). */
    private static Details history(ActionDetails a, PlanView view) {
        Details details = LazyDetails.of(a.revisions().isEmpty()
                ? Messages.t("actionplan.card.history", a.updateCount())
                : Messages.t("actionplan.card.history-with-dates", a.updateCount(), a.revisions().size()),
                () -> historyContent(a, view));
        details.addClassName("action-history");
        return details;
    }

    private static Div historyContent(ActionDetails a, PlanView view) {
        Div content = new Div();
        if (!a.revisions().isEmpty()) {
            Div revisions = new Div();
            revisions.addClassName("revision-list");
            for (DateRevision r : a.revisions()) {
                Span what = new Span(Messages.t("actionplan.card.revision", Formats.date(r.fromDueOn()), Formats.date(r.toDueOn())));
                what.addClassName("revision-what");
                Span who = new Span(Messages.t("actionplan.card.asked-by", r.requestedBy(), Formats.dateTime(r.requestedAt())));
                who.addClassName("update-when");
                Div row = new Div(what, Badges.revision(r.status()), who, new Paragraph(r.reason()));
                if (r.decidedAt() != null) {
                    row.add(new Paragraph(r.decisionNote() == null
                            ? Messages.t("actionplan.card.decided-by", r.decidedBy(), Formats.dateTime(r.decidedAt()))
                            : Messages.t("actionplan.card.decided-by-note", r.decidedBy(), Formats.dateTime(r.decidedAt()),
                                    r.decisionNote())));
                }
                row.addClassName("revision-entry");
                revisions.add(row);
            }
            content.add(revisions);
        }
        content.add(UpdateList.of(view.actionUpdates(a), view.today()));
        return content;
    }

    private static Button small(String text, Runnable click) {
        Button b = new Button(text, e -> click.run());
        b.addThemeVariants(ButtonVariant.SMALL);
        return b;
    }
}
