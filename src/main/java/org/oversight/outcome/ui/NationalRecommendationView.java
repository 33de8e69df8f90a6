package org.oversight.outcome.ui;

import org.oversight.base.i18n.Messages;
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
    private String title;

    NationalRecommendationView(NationalFollowUpService service) {
        this.service = service;
        addClassName("national-recommendation");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        recommendationId = NotFound.id(event.getRouteParameters().get("recommendationId"), getTranslation("outcome.national.recommendation"));
        render();
    }

    @Override
    public String getPageTitle() {
        return title == null ? getTranslation("outcome.national.page-title") : title;
    }

    private void render() {
        removeAll();
        NationalRecommendation n = NotFound.unless(service.of(recommendationId),
                getTranslation("outcome.national.recommendation") + " " + recommendationId);
        title = getTranslation("outcome.national.page-title-of", n.reportReference(), n.number());
        Anchor back = new Anchor("reports/" + n.reportId(), "← " + n.reportReference() + ": " + n.reportTitle());
        back.addClassName("back-link");
        Paragraph text = new Paragraph(n.text());
        text.addClassName("recommendation-text");
        add(back, new H1(getTranslation("outcome.national.heading", n.number(), n.reportReference())), text);
        add(summary(n));
        add(new H3(getTranslation("outcome.national.without-plan")), withoutPlan(n));
        if (n.mayAct() && !n.withoutPlan().isEmpty()) {
            Button remind = new Button(getTranslation("outcome.remind.title"),
                    e -> new RemindDialog(service, recommendationId, n.withoutPlan().size(), this::render).open());
            remind.addClassName("remind-without-plan");
            add(remind);
        }
        if (n.mayAct() && !n.claimsToVerify().isEmpty()) {
            add(new H3(getTranslation("outcome.national.claims")), new VerifyClaimsForm(service, n, this::render));
        }
        add(new H3(getTranslation("outcome.national.every-recipient")), table(n));
    }

    private static Component summary(NationalRecommendation n) {
        Div box = new Div();
        box.addClassName("fan-out-summary");
        box.add(StageBar.of(n.summary()));
        Double share = n.onTimeShare();
        box.add(new Paragraph(share == null ? Messages.t("outcome.national.no-response")
                : Messages.t("outcome.national.on-time", String.valueOf(n.responsesOnTime()),
                        String.valueOf(n.responsesMade()), Formats.percent(share))));
        String outcomes = n.outcomes().entrySet().stream()
                .map(e -> e.getKey().label().toLowerCase() + " " + e.getValue())
                .collect(Collectors.joining(", "));
        box.add(new Paragraph(outcomes.isEmpty() ? Messages.t("outcome.national.no-outcomes")
                : Messages.t("outcome.national.outcomes", outcomes)));
        return box;
    }

    private static Component withoutPlan(NationalRecommendation n) {
        List<Recipient> without = n.withoutPlan();
        if (without.isEmpty()) {
            return new Paragraph(Messages.t("outcome.national.all-have-plans"));
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("without-plan");
        without.forEach(r -> list.add(new ListItem(RecommendationLinks.item(r.name(), r.trackedId()),
                new Span(r.standing() == Standing.OVERDUE ? Messages.t("outcome.national.overdue-since-dash", Formats.date(r.dueOn()))
                        : r.dueOn() == null ? "" : Messages.t("outcome.national.due-dash", Formats.date(r.dueOn()))))));
        return list;
    }

    private static Component table(NationalRecommendation n) {
        Grid<Recipient> grid = new Grid<>();
        grid.addComponentColumn(r -> RecommendationLinks.item(r.name(), r.trackedId())).setHeader(Messages.t("outcome.national.recipient"))
                .setFlexGrow(2);
        grid.addComponentColumn(r -> StatusBadge.of(r.status())).setHeader(Messages.t("outcome.national.status")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(NationalRecommendationView::deadline).setHeader(Messages.t("outcome.national.deadline")).setFlexGrow(1);
        grid.addColumn(r -> Messages.t(r.onTime() ? "outcome.national.response-on-time"
                : r.responded() ? "outcome.national.response-late" : "outcome.national.response-not-yet"))
                .setHeader(Messages.t("outcome.national.response"))
                .setFlexGrow(1);
        grid.addColumn(r -> r.outcome() == null ? "" : r.outcome().label()).setHeader(Messages.t("outcome.national.outcome")).setFlexGrow(1);
        grid.setItems(n.recipients());
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        return grid;
    }

    private static String deadline(Recipient r) {
        return switch (r.standing()) {
            case OVERDUE -> Messages.t("outcome.national.overdue-since", Formats.date(r.dueOn()));
            case DUE_SOON, ON_TRACK -> Messages.t("outcome.national.due", Formats.date(r.dueOn()));
            case PAUSED -> Messages.t("outcome.national.paused");
            case NO_TARGET_DATE -> Messages.t("outcome.national.no-target");
            case NO_DEADLINE -> "";
        };
    }
}
