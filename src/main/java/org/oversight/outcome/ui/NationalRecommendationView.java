package org.oversight.outcome.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.stream.Collectors;
import org.oversight.base.Formats;
import org.oversight.base.ui.NotFound;
import org.oversight.outcome.NationalFollowUpService;
import org.oversight.outcome.NationalRecommendation;
import org.oversight.outcome.NationalRecommendation.Recipient;
import org.oversight.recommendation.DeadlineStanding.Standing;
import org.oversight.recommendation.ui.RecommendationLinks;
import org.oversight.recommendation.ui.StageBar;
import org.oversight.recommendation.ui.StatusBadge;

/**
 * A recommendation sent to many recipients, followed as a whole: where every recipient stands, responses on time,
 * outcomes, the recipients still without a plan, and for the watchdog that made it the bulk actions.
 */
@Route("recommendations/national/:recommendationId")
@PermitAll
public class NationalRecommendationView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final NationalFollowUpService service;
    private long recommendationId;
    private String title = "Recommendation followed as a whole · Oversight Tracker";

    NationalRecommendationView(NationalFollowUpService service) {
        this.service = service;
        addClassName("national-recommendation");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        recommendationId = NotFound.id(event.getRouteParameters().get("recommendationId"), "recommendation");
        render();
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private void render() {
        removeAll();
        NationalRecommendation n = NotFound.unless(service.of(recommendationId), "recommendation " + recommendationId);
        title = n.reportReference() + " · " + n.number() + " · every recipient · Oversight Tracker";
        Anchor back = new Anchor("reports/" + n.reportId(), "← " + n.reportReference() + ": " + n.reportTitle());
        back.addClassName("back-link");
        Paragraph text = new Paragraph(n.text());
        text.addClassName("recommendation-text");
        add(back, new H1("Recommendation " + n.number() + " of " + n.reportReference() + " across its recipients"), text);
        add(summary(n));
        add(new H3("Still without a plan"), withoutPlan(n));
        if (n.mayAct() && !n.withoutPlan().isEmpty()) {
            Button remind = new Button("Remind every recipient without a plan",
                    e -> new RemindDialog(service, recommendationId, n.withoutPlan().size(), this::render).open());
            remind.addClassName("remind-without-plan");
            add(remind);
        }
        if (n.mayAct() && !n.claimsToVerify().isEmpty()) {
            add(new H3("Completion claims to verify"), new VerifyClaimsForm(service, n, this::render));
        }
        add(new H3("Every recipient"), table(n));
    }

    private static Component summary(NationalRecommendation n) {
        Div box = new Div();
        box.addClassName("fan-out-summary");
        box.add(StageBar.of(n.summary()));
        Double share = n.onTimeShare();
        box.add(new Paragraph("Responses on time: " + (share == null ? "no response made yet"
                : n.responsesOnTime() + " of " + n.responsesMade() + " (" + Math.round(share * 100) + "%)") + "."));
        String outcomes = n.outcomes().entrySet().stream()
                .map(e -> e.getKey().label().toLowerCase() + " " + e.getValue())
                .collect(Collectors.joining(", "));
        box.add(new Paragraph("Outcomes: " + (outcomes.isEmpty() ? "none recorded yet" : outcomes) + "."));
        return box;
    }

    private static Component withoutPlan(NationalRecommendation n) {
        List<Recipient> without = n.withoutPlan();
        if (without.isEmpty()) {
            return new Paragraph("Every recipient has sent a plan.");
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("without-plan");
        without.forEach(r -> list.add(new ListItem(RecommendationLinks.item(r.name(), r.trackedId()),
                new Span(r.standing() == Standing.OVERDUE ? " – overdue since " + Formats.date(r.dueOn())
                        : r.dueOn() == null ? "" : " – due " + Formats.date(r.dueOn())))));
        return list;
    }

    private static Component table(NationalRecommendation n) {
        Grid<Recipient> grid = new Grid<>();
        grid.addComponentColumn(r -> RecommendationLinks.item(r.name(), r.trackedId())).setHeader("Recipient")
                .setFlexGrow(2);
        grid.addComponentColumn(r -> StatusBadge.of(r.status())).setHeader("Status").setFlexGrow(1);
        grid.addColumn(NationalRecommendationView::deadline).setHeader("Deadline").setFlexGrow(1);
        grid.addColumn(r -> r.onTime() ? "On time" : r.responded() ? "Late" : "Not yet").setHeader("Response")
                .setFlexGrow(1);
        grid.addColumn(r -> r.outcome() == null ? "" : r.outcome().label()).setHeader("Outcome").setFlexGrow(1);
        grid.setItems(n.recipients());
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        return grid;
    }

    private static String deadline(Recipient r) {
        return switch (r.standing()) {
            case OVERDUE -> "Overdue since " + Formats.date(r.dueOn());
            case DUE_SOON, ON_TRACK -> "Due " + Formats.date(r.dueOn());
            case PAUSED -> "Paused";
            case NO_TARGET_DATE -> "No target date";
            case NO_DEADLINE -> "";
        };
    }
}
