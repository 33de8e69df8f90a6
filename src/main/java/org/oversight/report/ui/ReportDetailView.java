package org.oversight.report.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.stream.Collectors;
import org.oversight.base.Formats;
import org.oversight.base.ui.NotFound;
import org.oversight.recommendation.KindLabels;
import org.oversight.recommendation.OrganisationRef;
import org.oversight.recommendation.ReferenceData;
import org.oversight.recommendation.ThemeRef;
import org.oversight.report.ReportDetail;
import org.oversight.report.RecommendationWithRepeats;
import org.oversight.report.ReportService;

/** A report's facts and its recommendations with each recipient's status at a glance; editable by its watchdog. */
@Route("reports/:id")
@PermitAll
class ReportDetailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ReportService reports;
    private final ReferenceData reference;
    private final RecommendationWithRepeats adder;
    private long id;
    private String title;

    ReportDetailView(ReportService reports, ReferenceData reference, RecommendationWithRepeats adder) {
        this.adder = adder;
        this.reports = reports;
        this.reference = reference;
        addClassName("report-detail");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        id = NotFound.id(event.getRouteParameters().get("id"), "report");
        render();
    }

    @Override
    public String getPageTitle() {
        return title == null ? getTranslation("report.detail.page-title") : title;
    }

    private void render() {
        removeAll();
        ReportDetail r = NotFound.unless(reports.find(id), "report " + id);
        title = getTranslation("report.detail.page-title.of", r.reference());
        RouterLink back = new RouterLink(getTranslation("report.detail.back"), ReportListView.class);
        back.addClassName("back-link");
        H1 heading = new H1(r.title());
        add(back, heading);
        if (r.editable()) {
            Button edit = new Button(getTranslation("report.edit"), VaadinIcon.EDIT.create(),
                    e -> ReportDialog.forEdit(reports, reference, r, this::render).open());
            Button addRec = new Button(getTranslation("report.recommendation.add"), VaadinIcon.PLUS.create(),
                    e -> RecommendationDialog.forNew(adder, reference, r.id(), this::render).open());
            addRec.addThemeVariants(ButtonVariant.PRIMARY);
            Div bar = new Div(edit, addRec);
            bar.addClassName("transition-bar");
            add(bar);
        }
        add(facts(r));
        if (r.summary() != null) {
            Paragraph summary = new Paragraph(r.summary());
            summary.addClassName("report-summary");
            add(summary);
        }
        H3 recs = new H3(getTranslation("report.detail.recommendations", r.recommendations().size()));
        recs.addClassName("detail-section");
        add(recs);
        RecommendationCards cards = new RecommendationCards(reference.recipients(), rec -> r.editable()
                ? () -> RecommendationDialog.forEdit(reports, reference, rec, this::render).open() : null);
        r.recommendations().forEach(rec -> add(cards.card(rec)));
    }

    private Component facts(ReportDetail r) {
        Div facts = new Div();
        facts.addClassName("facts");
        fact(facts, getTranslation("report.field.reference"), new Span(r.reference()));
        fact(facts, getTranslation("report.field.watchdog"), new Span(r.issuedAs() == null ? r.watchdogName()
                : getTranslation("report.detail.issued-as", r.watchdogName(), r.issuedAs())));
        fact(facts, getTranslation("report.field.kind"), new Span(KindLabels.of(r.kind())));
        fact(facts, getTranslation("report.field.published"), new Span(Formats.longDate(r.publishedOn())));
        if (r.link() != null) {
            Anchor link = new Anchor(r.link(), r.link(), AnchorTarget.BLANK);
            link.setRouterIgnore(true);
            fact(facts, getTranslation("report.field.link"), link);
        }
        fact(facts, getTranslation("report.field.forces"), new Span(r.forces().isEmpty() ? "—"
                : r.forces().stream().map(OrganisationRef::name).collect(Collectors.joining(", "))));
        fact(facts, getTranslation("report.field.themes"), new Span(r.themes().isEmpty() ? "—"
                : r.themes().stream().map(ThemeRef::name).collect(Collectors.joining(", "))));
        return facts;
    }

    private static void fact(Div facts, String label, Component value) {
        Div l = new Div(label);
        l.addClassName("fact-label");
        Div v = new Div(value);
        v.addClassName("fact-value");
        Div pair = new Div(l, v);
        pair.addClassName("fact");
        facts.add(pair);
    }

}
