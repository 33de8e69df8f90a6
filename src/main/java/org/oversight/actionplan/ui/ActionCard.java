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
import org.oversight.base.Plurals;
import org.oversight.actionplan.ActionDetails;
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
        bar.getElement().setAttribute("aria-label", "Progress " + a.progress() + "%");
        Span percent = new Span(a.progress() + "%");
        percent.addClassName("action-percent");
        Div progress = new Div(bar, percent);
        progress.addClassName("action-progress");
        add(progress);

        Div facts = new Div(fact("Owner", a.ownerName()), fact("Due", due(a)));
        if (a.agreedDueOn() != null) {
            facts.add(fact("Agreed with the watchdog", Formats.date(a.agreedDueOn())));
        }
        if (a.completedOn() != null) {
            facts.add(fact("Completed", Formats.date(a.completedOn())));
        }
        facts.addClassName("action-facts");
        add(facts);

        Div answers = new Div(new Span("Answers:"));
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
            buttons.add(small("Edit", () -> view.editAction(a)));
        }
        if (can.reviseDates() && !a.status().finished() && !a.hasPendingRevision()) {
            buttons.add(small("Revise due date", () -> view.reviseDate(a)));
        }
        if (can.postUpdates() && a.status() != org.oversight.actionplan.ActionStatus.CANCELLED) {
            buttons.add(small("Post update", () -> view.postActionUpdate(a)));
        }
        if (can.deleteActions() && a.updates().isEmpty() && a.revisions().isEmpty()) {
            Button delete = small("Remove", () -> view.deleteAction(a));
            delete.addThemeVariants(ButtonVariant.ERROR);
            buttons.add(delete);
        }
        if (buttons.getChildren().findAny().isPresent()) {
            add(buttons);
        }
        if (!a.updates().isEmpty() || !a.revisions().isEmpty()) {
            add(history(a, view.today()));
        }
    }

    private static String due(ActionDetails a) {
        return Formats.date(a.dueOn()) + (a.dateMoved() ? " (originally " + Formats.date(a.originalDueOn()) + ")" : "");
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
        Div box = new Div(new Span("New due date " + Formats.date(r.toDueOn()) + " requested by " + r.requestedBy() + " on "
                + Formats.dateTime(r.requestedAt()) + ", awaiting the watchdog's approval: " + r.reason()));
        box.addClassName("callout");
        box.addClassName("callout-waiting");
        if (can.decideRevisions()) {
            Button approve = small("Approve new date", () -> view.decideRevision(r, true));
            approve.addThemeVariants(ButtonVariant.PRIMARY);
            Div buttons = new Div(approve, small("Refuse", () -> view.decideRevision(r, false)));
            buttons.addClassName("action-buttons");
            box.add(buttons);
        }
        return box;
    }

    private static Details history(ActionDetails a, java.time.LocalDate today) {
        Div content = new Div();
        if (!a.revisions().isEmpty()) {
            Div revisions = new Div();
            revisions.addClassName("revision-list");
            for (DateRevision r : a.revisions()) {
                Span what = new Span("Due date " + Formats.date(r.fromDueOn()) + " → " + Formats.date(r.toDueOn()));
                what.addClassName("revision-what");
                Span who = new Span("asked by " + r.requestedBy() + ", " + Formats.dateTime(r.requestedAt()));
                who.addClassName("update-when");
                Div row = new Div(what, Badges.revision(r.status()), who, new Paragraph(r.reason()));
                if (r.decidedAt() != null) {
                    row.add(new Paragraph("Decided by " + r.decidedBy() + ", " + Formats.dateTime(r.decidedAt())
                            + (r.decisionNote() == null ? "" : ": " + r.decisionNote())));
                }
                row.addClassName("revision-entry");
                revisions.add(row);
            }
            content.add(revisions);
        }
        content.add(UpdateList.of(a.updates(), today));
        String summary = Plurals.of(a.updates().size(), "update", "updates")
                + (a.revisions().isEmpty() ? "" : ", " + Plurals.of(a.revisions().size(), "date change", "date changes"));
        Details details = new Details("History: " + summary, content);
        details.addClassName("action-history");
        return details;
    }

    private static Button small(String text, Runnable click) {
        Button b = new Button(text, e -> click.run());
        b.addThemeVariants(ButtonVariant.SMALL);
        return b;
    }
}
