package org.oversight.actionplan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.oversight.actionplan.ActionDetails;
import org.oversight.actionplan.PlanDetails;
import org.oversight.actionplan.PlanItem;
import org.oversight.base.Formats;
import org.oversight.base.ui.LazyDetails;
import org.oversight.base.i18n.Language;
import org.oversight.base.i18n.Messages;
import org.oversight.recommendation.ui.StatusBadge;
import org.oversight.recommendation.Status;
import org.oversight.recommendation.ui.RecommendationLinks;
import com.vaadin.flow.router.RouterLink;

/** The report's recommendations to this organisation, which actions answer each, and (for the lead) its own updates and claim. */
final class ItemsSection {

    private ItemsSection() {
    }

    static Div of(PlanDetails d, Map<Long, String> blockers, PlanView view, LocalDate today) {
        Div list = new Div();
        list.addClassName("item-list");
        for (PlanItem item : d.items()) {
            list.add(item(item, d, blockers, view, today));
        }
        return list;
    }

    private static Div item(PlanItem item, PlanDetails d, Map<Long, String> blockers, PlanView view, LocalDate today) {
        RouterLink ref = RecommendationLinks.item(item.reference(), item.trackedId());
        ref.addClassName("item-ref");
        Div head = new Div(ref, StatusBadge.of(item.status()));
        if (item.dueOn() != null) {
            Span due = new Span(Messages.t("actionplan.items.due", Formats.date(item.dueOn())));
            due.addClassName("muted");
            head.add(due);
            if (item.dueOn().isBefore(today)) {
                head.add(StatusBadge.overdue(Formats.daysLeft(ChronoUnit.DAYS.between(today, item.dueOn()))));
            }
        }
        head.addClassName("item-head");
        Paragraph text = new Paragraph(item.text());
        text.addClassName("item-text");
        Div row = new Div(head, text);
        row.addClassName("item-row");

        List<ActionDetails> answering = d.actionsAnswering(item.trackedId());
        Span answered = new Span(answering.isEmpty()
                ? Messages.t(item.status().isClosed() ? "actionplan.items.unanswered-closed" : "actionplan.items.unanswered")
                : Messages.t("actionplan.items.answered-by", answering.stream().map(a -> Messages.t("actionplan.items.answer",
                        a.title(), a.status().label().toLowerCase(Language.current().locale())))
                        .collect(Collectors.joining(", "))));
        answered.addClassName(answering.isEmpty() && !item.status().isClosed() ? "item-unanswered" : "item-answered");
        row.add(answered);

        if (d.can().postUpdates() && !item.status().isClosed()) {
            Div buttons = new Div();
            buttons.addClassName("action-buttons");
            Button update = new Button(Messages.t("actionplan.update.post"), e -> view.postItemUpdate(item, row));
            update.addThemeVariants(ButtonVariant.SMALL);
            buttons.add(update);
            if (Status.PLAN_AGREED.contains(item.status())) {
                String blocker = blockers.get(item.trackedId());
                Button claim = new Button(Messages.t("actionplan.items.claim", d.plan().watchdogName()), e -> view.claimComplete(item));
                claim.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.SUCCESS);
                claim.setEnabled(blocker == null);
                buttons.add(claim);
                if (blocker != null) {
                    Span why = new Span(blocker);
                    why.addClassName("muted");
                    buttons.add(why);
                }
            }
            row.add(buttons);
        }
        updates(item, d.itemUpdateCounts().getOrDefault(item.trackedId(), 0), view, today).ifPresent(row::add);
        return row;
    }

    /**
     * After the reader posts an update on the item, its row shows the new count of updates: nothing else on the page
     * changes with an item's update, so the page is not built again (decision 0144), and the "Post update" button the
     * reader came back to stays where it was.
     */
    static void showUpdates(Div row, PlanItem item, int count, PlanView view, LocalDate today) {
        row.getChildren().filter(Details.class::isInstance).findFirst().ifPresent(row::remove);
        updates(item, count, view, today).ifPresent(row::add);
    }

    /** The item's own updates, read and built when opened: they can run to hundreds (decision 0116); none if none. */
    private static Optional<Details> updates(PlanItem item, int count, PlanView view, LocalDate today) {
        if (count == 0) {
            return Optional.empty();
        }
        Details history = LazyDetails.of(Messages.t("actionplan.items.updates", count),
                () -> UpdateList.of(view.itemUpdates(item), today));
        history.addClassName("action-history");
        return Optional.of(history);
    }
}
