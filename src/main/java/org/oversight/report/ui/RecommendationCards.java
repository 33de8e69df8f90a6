package org.oversight.report.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.oversight.base.i18n.Messages;
import org.oversight.recommendation.ui.StatusBadge;
import org.oversight.recommendation.KindLabels;
import org.oversight.recommendation.OrganisationRef;
import org.oversight.recommendation.ThemeRef;
import org.oversight.recommendation.ui.DueLabel;
import org.oversight.recommendation.ui.StageBar;
import org.oversight.report.ReportRecommendation;
import org.oversight.recommendation.ui.RecommendationLinks;
import com.vaadin.flow.router.RouterLink;

/** One card per recommendation of a report: what it says, whom it went to, and how each recipient stands. */
final class RecommendationCards {

    private final Map<Long, OrganisationRef> recipients;
    private final Function<ReportRecommendation, Runnable> editor;

    /** @param editor what "Edit" does for a recommendation, or null when the user may not edit it */
    RecommendationCards(List<OrganisationRef> recipients, Function<ReportRecommendation, Runnable> editor) {
        this.recipients = recipients.stream().collect(Collectors.toMap(OrganisationRef::id, o -> o));
        this.editor = editor;
    }

    Div card(ReportRecommendation rec) {
        Span heading = new Span(KindLabels.of(rec.kind()) + " " + rec.number());
        heading.addClassName("rec-card-title");
        Span priority = new Span(Messages.t("report.card.priority", rec.priority().label()));
        priority.addClassNames("rec-priority", "priority-" + rec.priority().name().toLowerCase());
        Div head = new Div(heading, priority);
        head.addClassName("rec-card-head");
        Runnable edit = editor.apply(rec);
        if (edit != null) {
            Button b = new Button(Messages.t("report.card.edit"), VaadinIcon.EDIT.create(), e -> edit.run());
            b.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
            b.getElement().setAttribute("aria-label", Messages.t("report.recommendation.edit", rec.number()));
            head.add(b);
        }
        Paragraph text = new Paragraph(rec.text());
        text.addClassName("rec-card-text");
        Div card = new Div(head, text);
        card.addClassName("rec-card");
        Div meta = new Div(new Span(addressedTo(rec)));
        if (!rec.themes().isEmpty()) {
            meta.add(new Span(rec.themes().stream().map(ThemeRef::name).collect(Collectors.joining(", "))));
        }
        meta.addClassName("rec-card-meta");
        card.add(meta);
        if (rec.summary().total() > 1) {
            card.add(StageBar.of(rec.summary()));
            card.add(org.oversight.outcome.ui.NationalLinks.to(Messages.t("report.card.follow"), rec.id()));
        }
        card.add(recipientList(rec));
        return card;
    }

    private String addressedTo(ReportRecommendation rec) {
        List<String> names = rec.recipientIds().stream().map(recipients::get)
                .filter(o -> o != null && !(rec.allForces() && o.kind() == OrganisationRef.Kind.FORCE))
                .map(OrganisationRef::name).sorted().toList();
        String others = String.join(", ", names);
        if (rec.allForces()) {
            return others.isEmpty() ? Messages.t("report.card.to-all-forces") : Messages.t("report.card.to-all-forces-and", others);
        }
        return others.isEmpty() ? Messages.t("report.card.to-nobody") : Messages.t("report.card.to", others);
    }

    private static Div recipientList(ReportRecommendation rec) {
        Div list = new Div();
        list.addClassName("recipient-list");
        for (ReportRecommendation.Recipient r : rec.recipients()) {
            RouterLink name = RecommendationLinks.item(r.name(), r.trackedId());
            Div row = new Div(name, StatusBadge.of(r.status()), DueLabel.of(r.status(), r.dueOn(), r.daysLeft(), r.closedOn()));
            row.addClassName("recipient-row");
            list.add(row);
        }
        if (rec.recipients().size() <= 3) {
            return list;
        }
        Details details = new Details(Messages.t("report.card.each-recipient", String.valueOf(rec.recipients().size())), list);
        details.addClassName("recipient-details");
        return new Div(details);
    }
}
