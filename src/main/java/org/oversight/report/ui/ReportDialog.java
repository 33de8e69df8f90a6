package org.oversight.report.ui;

import org.oversight.base.ui.Dates;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.StringLengthValidator;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;
import org.oversight.base.SubmissionKey;
import org.oversight.base.ui.ErrorSummary;
import org.oversight.base.ui.Feedback;
import org.oversight.base.ui.FieldMessages;
import org.oversight.base.ui.Inputs;
import org.oversight.base.ui.Submit;
import org.oversight.recommendation.ReportKind;
import org.oversight.recommendation.KindLabels;
import org.oversight.recommendation.OrganisationRef;
import org.oversight.recommendation.ReferenceData;
import org.oversight.recommendation.ThemeRef;
import org.oversight.report.ReportDetail;
import org.oversight.report.ReportForm;
import org.oversight.report.ReportService;

/** Records a new report or corrects one. The service checks again and its messages land on the fields. */
class ReportDialog extends Dialog {

    /** The form's values while being edited; Binder needs something mutable. */
    static final class Draft {
        ReportKind kind;
        String title = "";
        String reference = "";
        LocalDate publishedOn;
        String link = "";
        String summary = "";
        Set<OrganisationRef> forces = new HashSet<>();
        Set<ThemeRef> themes = new HashSet<>();

        ReportForm toForm() {
            return new ReportForm(kind, title, reference, publishedOn, link, summary,
                    forces.stream().map(OrganisationRef::id).collect(Collectors.toSet()),
                    themes.stream().map(ThemeRef::id).collect(Collectors.toSet()));
        }
    }

    final ComboBox<ReportKind> kind = new ComboBox<>(getTranslation("report.field.kind"));
    final TextField title = new TextField(getTranslation("report.field.title"));
    final TextField reference = new TextField(getTranslation("report.field.reference"));
    final DatePicker publishedOn = new DatePicker(getTranslation("report.field.published"));
    final TextField link = new TextField(getTranslation("report.field.link"));
    final TextArea summary = new TextArea(getTranslation("report.field.summary"));
    final MultiSelectComboBox<OrganisationRef> forces = new MultiSelectComboBox<>(getTranslation("report.field.forces"));
    final MultiSelectComboBox<ThemeRef> themes = new MultiSelectComboBox<>(getTranslation("report.field.themes"));
    private final Binder<Draft> binder = new Binder<>();
    private final ErrorSummary problems = new ErrorSummary();
    private final FieldMessages messages = new FieldMessages().summary(problems);

    static ReportDialog forNew(ReportService reports, ReferenceData reference, String watchdogName, LongConsumer saved) {
        ReportDialog d = new ReportDialog(reference, new Draft());
        d.setHeaderTitle(d.getTranslation("report.new"));
        Paragraph intro = new Paragraph(d.getTranslation("report.dialog.intro", watchdogName));
        intro.addClassName("quiet");
        d.addComponentAtIndex(1, intro);
        SubmissionKey key = SubmissionKey.fresh();
        d.saveButton(d.getTranslation("report.dialog.save"), draft -> saved.accept(reports.create(draft.toForm(), key)));
        return d;
    }

    static ReportDialog forEdit(ReportService reports, ReferenceData reference, ReportDetail report, Runnable saved) {
        Draft draft = new Draft();
        draft.kind = report.kind();
        draft.title = report.title();
        draft.reference = report.reference();
        draft.publishedOn = report.publishedOn();
        draft.link = report.link() == null ? "" : report.link();
        draft.summary = report.summary() == null ? "" : report.summary();
        draft.forces = new HashSet<>(report.forces());
        draft.themes = new HashSet<>(report.themes());
        ReportDialog d = new ReportDialog(reference, draft);
        d.setHeaderTitle(d.getTranslation("report.dialog.edit", report.reference()));
        d.saveButton(d.getTranslation("report.dialog.save-changes"), changed -> {
            reports.update(report.id(), report.version(), changed.toForm());
            saved.run();
        });
        return d;
    }

    private ReportDialog(ReferenceData referenceData, Draft draft) {
        addClassName("report-dialog");
        setWidth("min(48rem, 100vw)");
        kind.setItems(ReportKind.values());
        kind.setItemLabelGenerator(KindLabels::of);
        title.setMaxLength(300);
        reference.setMaxLength(60);
        reference.setHelperText(getTranslation("report.dialog.reference.hint"));
        Dates.configure(publishedOn);
        Inputs.explain(publishedOn);
        link.setMaxLength(500);
        link.setPlaceholder("https://");
        summary.setMaxLength(4000);
        summary.setMinHeight("6em");
        forces.setItems(referenceData.forces());
        forces.setItemLabelGenerator(OrganisationRef::name);
        themes.setItems(referenceData.themes());
        themes.setItemLabelGenerator(ThemeRef::name);

        binder.forField(kind).asRequired(getTranslation("report.check.kind")).bind(d -> d.kind, (d, v) -> d.kind = v);
        binder.forField(title).asRequired(getTranslation("report.check.title"))
                .withValidator(new StringLengthValidator(getTranslation("report.check.title-length"), 0, 300))
                .bind(d -> d.title, (d, v) -> d.title = v);
        binder.forField(reference).asRequired(getTranslation("report.check.reference"))
                .withValidator(new StringLengthValidator(getTranslation("report.check.reference-length"), 0, 60))
                .bind(d -> d.reference, (d, v) -> d.reference = v);
        binder.forField(publishedOn).asRequired(getTranslation("report.check.published"))
                .bind(d -> d.publishedOn, (d, v) -> d.publishedOn = v);
        binder.forField(link).bind(d -> d.link, (d, v) -> d.link = v);
        binder.forField(summary).bind(d -> d.summary, (d, v) -> d.summary = v);
        binder.forField(forces).bind(d -> d.forces, (d, v) -> d.forces = v);
        binder.forField(themes).bind(d -> d.themes, (d, v) -> d.themes = v);
        binder.setBean(draft);

        FormLayout form = new FormLayout(kind, publishedOn, title, reference, link, summary, forces, themes);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32rem", 2));
        form.setColspan(title, 2);
        form.setColspan(summary, 2);
        form.setColspan(forces, 2);
        form.setColspan(themes, 2);
        messages.on("kind", kind).on("title", title).on("reference", reference).on("publishedOn", publishedOn)
                .on("link", link).on("summary", summary).on("forces", forces).on("themes", themes);
        add(problems, form);
    }

    private void saveButton(String text, Consumer<Draft> save) {
        Button cancel = new Button(getTranslation("report.dialog.cancel"), e -> close());
        Button ok = Submit.button(text, () -> {
            messages.clear();
            if (!binder.validate().isOk()) {
                messages.show();
                return false;
            }
            if (!Feedback.run(() -> save.accept(binder.getBean()), messages)) {
                return false;
            }
            close();
            Feedback.success(getTranslation("report.dialog.saved"));
            return true;
        });
        ok.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(cancel, ok);
    }
}
