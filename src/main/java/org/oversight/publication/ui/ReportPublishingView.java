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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
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
import org.oversight.recommendation.KindLabels;
import org.oversight.security.Role;

/**
 * Publishing decisions on one report, for its watchdog's staff: publish it or withhold it until a day; withhold a
 * recommendation to one recipient; publish responses and updates; withhold passages. Staff see the whole text.
 */
@Route("publishing/:id")
@RolesAllowed(Role.WATCHDOG_NAME)
class ReportPublishingView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

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

    @Override
    public String getPageTitle() {
        return getTranslation("publication.staff.report.page-title");
    }

    private void render() {
        removeAll();
        LocalDate today = LocalDate.now(clock);
        ReportPublication r = publishing.report(reportId);
        add(new H1(getTranslation("publication.staff.report.heading", r.title())));
        add(new Paragraph(r.reference() + " · " + r.watchdogName()));
        Paragraph state = new Paragraph(getTranslation("publication.staff.report.in-register",
                PublishingWords.state(r.decision(), today)));
        state.addClassName("publication-state");
        add(state);
        if (r.decision().map(d -> d.publicOn(today)).orElse(false)) {
            Anchor open = new Anchor("/public/reports/" + r.reportId(), getTranslation("publication.staff.report.open-public"));
            open.setTarget("_blank");
            add(open);
        }
        add(reportDecision());
        add(new H3(getTranslation("publication.staff.report.recommendations")));
        r.recommendations().forEach(rec -> add(recommendation(rec, today)));
        add(new H3(getTranslation("publication.staff.report.responses")));
        if (r.responses().isEmpty()) {
            add(new Paragraph(getTranslation("publication.staff.report.no-responses")));
        }
        r.responses().forEach(p -> add(response(p)));
        add(new H3(getTranslation("publication.staff.report.updates")));
        if (r.updates().isEmpty()) {
            add(new Paragraph(getTranslation("publication.staff.report.no-updates")));
        }
        r.updates().forEach(u -> add(update(u)));
    }

    private Component reportDecision() {
        SubmissionKey publishKey = SubmissionKey.fresh();
        Button publish = new Button(getTranslation("publication.staff.report.publish"), e -> act(
                () -> publishing.publishReport(publishKey, reportId), getTranslation("publication.staff.report.published"),
                e.getSource()));
        publish.addThemeVariants(ButtonVariant.PRIMARY);
        publish.setDisableOnClick(true);
        DatePicker until = new DatePicker(getTranslation("publication.staff.until"));
        until.setHelperText(getTranslation("publication.staff.report.until-help"));
        Dates.configure(until);
        SubmissionKey withholdKey = SubmissionKey.fresh();
        Button withhold = new Button(getTranslation("publication.staff.report.withhold"), e -> {
            until.setInvalid(false);
            if (Feedback.run(() -> publishing.withholdReport(withholdKey, reportId, until.getValue()), (field, message) -> {
                until.setErrorMessage(message);
                until.setInvalid(true);
            })) {
                Feedback.success(until.getValue() == null ? getTranslation("publication.staff.report.withheld")
                        : getTranslation("publication.staff.report.withheld-until", Formats.longDate(until.getValue())));
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
        Div box = new Div(new H4(KindLabels.reference(rec.number())), new Paragraph(rec.text()));
        box.addClassName("publication-recommendation");
        box.add(new PassageForm(publishing, SubjectKind.RECOMMENDATION, rec.recommendationId(), rec.passages(), this::render));
        for (ItemLine item : rec.items()) {
            box.add(item(item, today));
        }
        return box;
    }

    private Component item(ItemLine item, LocalDate today) {
        boolean withheld = item.decision().map(d -> !d.published() && !d.publicOn(today)).orElse(false);
        Span what = new Span(getTranslation("publication.staff.item.to", item.recipientName(), withheld
                ? PublishingWords.itemWithheld(item.decision().get()) : getTranslation("publication.staff.item.follows")));
        HorizontalLayout row = new HorizontalLayout(what);
        row.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        row.setWrap(true);
        if (withheld) {
            SubmissionKey releaseKey = SubmissionKey.fresh();
            Button release = new Button(getTranslation("publication.staff.item.stop"), e -> act(
                    () -> publishing.releaseItem(releaseKey, item.trackedId()),
                    getTranslation("publication.staff.item.released", item.recipientName()), e.getSource()));
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
        ground.setLabel(getTranslation("publication.staff.ground"));
        ground.setItems(Ground.values());
        ground.setItemLabelGenerator(Ground::label);
        DatePicker until = new DatePicker(getTranslation("publication.staff.until"));
        Dates.configure(until);
        until.setHelperText(getTranslation("publication.staff.item.until-help"));
        SubmissionKey key = SubmissionKey.fresh();
        Button withhold = new Button(getTranslation("publication.staff.item.withhold", item.recipientName()), e -> {
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
                Feedback.success(until.getValue() == null
                        ? getTranslation("publication.staff.item.done", item.recipientName())
                        : getTranslation("publication.staff.item.done-until", item.recipientName(),
                                Formats.longDate(until.getValue())));
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
                new Paragraph(p.summary() == null ? getTranslation("publication.staff.response.no-text") : p.summary()),
                new Paragraph(PublishingWords.state(published ? p.decision() : Optional.empty(), LocalDate.now(clock))));
        box.addClassName("publication-response");
        SubmissionKey key = SubmissionKey.fresh();
        Button toggle = published
                ? new Button(getTranslation("publication.staff.response.unpublish"), e -> act(
                        () -> publishing.unpublish(key, SubjectKind.RESPONSE, p.planId()),
                        getTranslation("publication.staff.response.unpublished"), e.getSource()))
                : new Button(getTranslation("publication.staff.response.publish"), e -> act(() -> {
                    int met = publishing.publishResponse(key, p.planId());
                    if (met > 0) {
                        Feedback.success(getTranslation("publication.staff.response.clock-met"));
                    }
                }, getTranslation("publication.staff.response.published"), e.getSource()));
        toggle.setDisableOnClick(true);
        box.add(toggle, new PassageForm(publishing, SubjectKind.RESPONSE, p.planId(), p.passages(), this::render));
        return box;
    }

    private Component update(UpdateLine u) {
        boolean published = u.decision().map(d -> d.published()).orElse(false);
        Div box = new Div(new H4(u.organisation() + ", " + Formats.dateTime(u.postedAt())), new Paragraph(u.body()),
                new Paragraph(getTranslation(published ? "publication.staff.state.published"
                        : "publication.staff.state.not-published")));
        box.addClassName("publication-update");
        SubmissionKey key = SubmissionKey.fresh();
        Button toggle = published
                ? new Button(getTranslation("publication.staff.update.unpublish"), e -> act(
                        () -> publishing.unpublish(key, SubjectKind.UPDATE, u.updateId()),
                        getTranslation("publication.staff.update.unpublished"), e.getSource()))
                : new Button(getTranslation("publication.staff.update.publish"), e -> act(
                        () -> publishing.publishUpdate(key, u.updateId()),
                        getTranslation("publication.staff.update.published"), e.getSource()));
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
