package org.oversight.publication.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import org.oversight.base.ui.Dates;
import org.oversight.base.Formats;
import org.oversight.base.SubmissionKey;
import org.oversight.base.ui.Feedback;
import org.oversight.base.ui.NotFound;
import org.oversight.publication.Ground;
import org.oversight.publication.Publishing;
import org.oversight.publication.StaffView.ItemLine;
import org.oversight.publication.StaffView.RecommendationLine;
import org.oversight.publication.StaffView.ReportPublication;
import org.oversight.publication.StaffView.ResponseLine;
import org.oversight.publication.StaffView.UpdateLine;
import org.oversight.publication.SubjectKind;
import org.oversight.security.Role;

/**
 * Publishing decisions on one report, for its watchdog's staff: publish it or withhold it until a day; withhold a
 * recommendation to one recipient; publish responses and updates; withhold passages. Staff see the whole text.
 */
@Route("publishing/:id")
@PageTitle("Publish a report · Oversight Tracker")
@RolesAllowed(Role.WATCHDOG_NAME)
class ReportPublishingView extends VerticalLayout implements BeforeEnterObserver {

    private final Publishing publishing;
    private final Clock clock;
    private long reportId;

    ReportPublishingView(Publishing publishing, Clock clock) {
        this.publishing = publishing;
        this.clock = clock;
        addClassName("report-publishing-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        reportId = NotFound.id(event.getRouteParameters().get("id"), "report");
        NotFound.unlessRefused(() -> publishing.report(reportId));
        render();
    }

    private void render() {
        removeAll();
        LocalDate today = LocalDate.now(clock);
        ReportPublication r = publishing.report(reportId);
        add(new H1("Publishing: " + r.title()));
        add(new Paragraph(r.reference() + " · " + r.watchdogName()));
        Paragraph state = new Paragraph("In the public register: " + PublishingWords.state(r.decision(), today));
        state.addClassName("publication-state");
        add(state);
        if (r.decision().map(d -> d.publicOn(today)).orElse(false)) {
            Anchor open = new Anchor("/public/reports/" + r.reportId(), "Open the public page");
            open.setTarget("_blank");
            add(open);
        }
        add(reportDecision());
        add(new H3("Recommendations"));
        r.recommendations().forEach(rec -> add(recommendation(rec, today)));
        add(new H3("Responses"));
        if (r.responses().isEmpty()) {
            add(new Paragraph("No recipient has written a response to this report yet."));
        }
        r.responses().forEach(p -> add(response(p)));
        add(new H3("Updates"));
        if (r.updates().isEmpty()) {
            add(new Paragraph("No update has been posted on this report yet."));
        }
        r.updates().forEach(u -> add(update(u)));
    }

    private Component reportDecision() {
        SubmissionKey publishKey = SubmissionKey.fresh();
        Button publish = new Button("Publish this report and its recommendations", e -> act(
                () -> publishing.publishReport(publishKey, reportId), "The report is in the public register.", e.getSource()));
        publish.addThemeVariants(ButtonVariant.PRIMARY);
        publish.setDisableOnClick(true);
        DatePicker until = new DatePicker("Withhold until (optional)");
        until.setHelperText("From this day the report is public. Leave empty to withhold it until you publish it.");
        Dates.configure(until);
        SubmissionKey withholdKey = SubmissionKey.fresh();
        Button withhold = new Button("Withhold the report", e -> {
            until.setInvalid(false);
            if (Feedback.run(() -> publishing.withholdReport(withholdKey, reportId, until.getValue()), (field, message) -> {
                until.setErrorMessage(message);
                until.setInvalid(true);
            })) {
                Feedback.success(until.getValue() == null ? "The report is withheld." :
                        "The report is withheld until " + Formats.longDate(until.getValue()) + ".");
                render();
            } else {
                e.getSource().setEnabled(true);
            }
        });
        withhold.setDisableOnClick(true);
        HorizontalLayout row = new HorizontalLayout(publish, until, withhold);
        row.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        row.setWrap(true);
        return row;
    }

    private Component recommendation(RecommendationLine rec, LocalDate today) {
        Div box = new Div(new H4("Recommendation " + rec.number()), new Paragraph(rec.text()));
        box.addClassName("publication-recommendation");
        box.add(new PassageForm(publishing, SubjectKind.RECOMMENDATION, rec.recommendationId(), rec.passages(), this::render));
        for (ItemLine item : rec.items()) {
            box.add(item(item, today));
        }
        return box;
    }

    private Component item(ItemLine item, LocalDate today) {
        boolean withheld = item.decision().map(d -> !d.published() && !d.publicOn(today)).orElse(false);
        Span what = new Span("To " + item.recipientName() + ": "
                + (withheld ? PublishingWords.itemWithheld(item.decision().get()) : "follows the report"));
        HorizontalLayout row = new HorizontalLayout(what);
        row.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        row.setWrap(true);
        if (withheld) {
            SubmissionKey releaseKey = SubmissionKey.fresh();
            Button release = new Button("Stop withholding", e -> act(() -> publishing.releaseItem(releaseKey, item.trackedId()),
                    "The recommendation to " + item.recipientName() + " follows the report again.", e.getSource()));
            release.setDisableOnClick(true);
            row.add(release);
        } else {
            row.add(withholdItem(item));
        }
        return row;
    }

    /** The ground and, optionally, the day from which the item follows its report again. */
    private Component withholdItem(ItemLine item) {
        Select<Ground> ground = new Select<>();
        ground.setLabel("Ground");
        ground.setItems(Ground.values());
        ground.setItemLabelGenerator(Ground::label);
        DatePicker until = new DatePicker("Withhold until (optional)");
        Dates.configure(until);
        until.setHelperText("From this day it follows the report again. Leave empty to withhold it until you stop.");
        SubmissionKey key = SubmissionKey.fresh();
        Button withhold = new Button("Withhold for " + item.recipientName(), e -> {
            ground.setInvalid(false);
            until.setInvalid(false);
            if (Feedback.run(() -> publishing.withholdItem(key, item.trackedId(), ground.getValue(), until.getValue()),
                    (field, message) -> {
                        if (field.equals("until")) {
                            until.setErrorMessage(message);
                            until.setInvalid(true);
                        } else {
                            ground.setErrorMessage(message);
                            ground.setInvalid(true);
                        }
                    })) {
                Feedback.success("The recommendation to " + item.recipientName() + " is withheld"
                        + (until.getValue() == null ? "." : " until " + Formats.longDate(until.getValue()) + "."));
                render();
            } else {
                e.getSource().setEnabled(true);
            }
        });
        withhold.setDisableOnClick(true);
        HorizontalLayout form = new HorizontalLayout(ground, until, withhold);
        form.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        form.setWrap(true);
        return form;
    }

    private Component response(ResponseLine p) {
        boolean published = p.decision().map(d -> d.published()).orElse(false);
        Div box = new Div(new H4(p.organisation() + " (" + p.status().label() + ")"),
                new Paragraph(p.summary() == null ? "No text yet." : p.summary()),
                new Paragraph(published ? PublishingWords.state(p.decision(), LocalDate.now(clock)) : "Not published"));
        box.addClassName("publication-response");
        SubmissionKey key = SubmissionKey.fresh();
        Button toggle = published
                ? new Button("Unpublish the response", e -> act(() -> publishing.unpublish(key, SubjectKind.RESPONSE, p.planId()),
                        "The response is no longer public.", e.getSource()))
                : new Button("Publish the response", e -> act(() -> {
                    int met = publishing.publishResponse(key, p.planId());
                    if (met > 0) {
                        Feedback.success("The IOPC's publication deadline is met today.");
                    }
                }, "The response is in the public register.", e.getSource()));
        toggle.setDisableOnClick(true);
        box.add(toggle, new PassageForm(publishing, SubjectKind.RESPONSE, p.planId(), p.passages(), this::render));
        return box;
    }

    private Component update(UpdateLine u) {
        boolean published = u.decision().map(d -> d.published()).orElse(false);
        Div box = new Div(new H4(u.organisation() + ", " + Formats.dateTime(u.postedAt())), new Paragraph(u.body()),
                new Paragraph(published ? "Published" : "Not published"));
        box.addClassName("publication-update");
        SubmissionKey key = SubmissionKey.fresh();
        Button toggle = published
                ? new Button("Unpublish the update", e -> act(() -> publishing.unpublish(key, SubjectKind.UPDATE, u.updateId()),
                        "The update is no longer public.", e.getSource()))
                : new Button("Publish the update", e -> act(() -> publishing.publishUpdate(key, u.updateId()),
                        "The update is in the public register.", e.getSource()));
        toggle.setDisableOnClick(true);
        box.add(toggle, new PassageForm(publishing, SubjectKind.UPDATE, u.updateId(), u.passages(), this::render));
        return box;
    }

    private void act(Runnable action, String done, Button source) {
        if (Feedback.run(action, null)) {
            Feedback.success(done);
            render();
        } else {
            source.setEnabled(true);
        }
    }
}
