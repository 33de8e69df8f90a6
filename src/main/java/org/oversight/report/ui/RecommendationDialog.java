package org.oversight.report.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.data.validator.StringLengthValidator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.oversight.base.SubmissionKey;
import org.oversight.base.ui.ErrorSummary;
import org.oversight.base.ui.Feedback;
import org.oversight.base.ui.FieldMessages;
import org.oversight.base.ui.Submit;
import org.oversight.recommendation.RecommendationKind;
import org.oversight.recommendation.KindLabels;
import org.oversight.recommendation.OrganisationRef;
import org.oversight.recommendation.Priority;
import org.oversight.recommendation.ReferenceData;
import org.oversight.recommendation.ThemeRef;
import org.oversight.report.RecommendationForm;
import org.oversight.report.RecommendationWithRepeats;
import org.oversight.report.ReportRecommendation;
import org.oversight.report.ReportService;

/**
 * Adds a recommendation to a report or corrects one. "All forces" (or several recipients) sends it to each
 * recipient as its own tracked item; recipients already sent to cannot be taken off.
 */
class RecommendationDialog extends Dialog {

    static final class Draft {
        String number = "";
        RecommendationKind kind;
        Priority priority = Priority.MEDIUM;
        String text = "";
        Set<ThemeRef> themes = new HashSet<>();
        boolean allForces;
        Set<OrganisationRef> recipients = new HashSet<>();

        RecommendationForm toForm() {
            return new RecommendationForm(number, kind, text, priority, themes.stream().map(ThemeRef::id).collect(Collectors.toSet()),
                    allForces, recipients.stream().map(OrganisationRef::id).collect(Collectors.toSet()));
        }
    }

    final TextField number = new TextField(getTranslation("report.recommendation.number"));
    final ComboBox<RecommendationKind> kind = new ComboBox<>(getTranslation("report.field.kind"));
    final ComboBox<Priority> priority = new ComboBox<>(getTranslation("report.recommendation.priority"));
    final TextArea text = new TextArea(getTranslation("report.recommendation.text"));
    final MultiSelectComboBox<ThemeRef> themes = new MultiSelectComboBox<>(getTranslation("report.field.themes"));
    final Checkbox allForces;
    final MultiSelectComboBox<OrganisationRef> recipients = new MultiSelectComboBox<>(getTranslation("report.recommendation.recipients"));
    private final Binder<Draft> binder = new Binder<>();
    private final ErrorSummary problems = new ErrorSummary();
    private final FieldMessages messages = new FieldMessages().summary(problems);

    /** A new recommendation, with earlier ones that read like it suggested as its text is written. */
    static RecommendationDialog forNew(RecommendationWithRepeats adder, ReferenceData reference, long reportId,
                                       Runnable saved) {
        RecommendationDialog d = new RecommendationDialog(reference, new Draft(), false);
        d.setHeaderTitle(d.getTranslation("report.recommendation.add-heading"));
        SubmissionKey key = SubmissionKey.fresh();
        DraftSuggestions suggestions = new DraftSuggestions(adder, reportId);
        Runnable look = () -> suggestions.refresh(d.text.getValue(),
                d.recipients.getValue().stream().map(OrganisationRef::id).toList());
        d.text.setValueChangeMode(ValueChangeMode.LAZY);
        d.text.setValueChangeTimeout(800);
        d.text.addValueChangeListener(e -> look.run());
        d.recipients.addValueChangeListener(e -> look.run());
        d.add(suggestions);
        d.saveButton(d.getTranslation("report.recommendation.add"), draft -> {
            adder.add(reportId, draft.toForm(), suggestions.confirmed(), key);
            saved.run();
        });
        return d;
    }

    static RecommendationDialog forEdit(ReportService reports, ReferenceData reference, ReportRecommendation rec, Runnable saved) {
        Draft draft = new Draft();
        draft.number = rec.number();
        draft.kind = rec.kind();
        draft.priority = rec.priority();
        draft.text = rec.text();
        draft.themes = new HashSet<>(rec.themes());
        draft.allForces = rec.allForces();
        List<OrganisationRef> all = reference.recipients();
        draft.recipients = all.stream()
                .filter(o -> rec.recipientIds().contains(o.id()) && !(rec.allForces() && o.kind() == OrganisationRef.Kind.FORCE))
                .collect(Collectors.toSet());
        RecommendationDialog d = new RecommendationDialog(reference, draft, true);
        d.setHeaderTitle(d.getTranslation("report.recommendation.edit", rec.number()));
        d.saveButton(d.getTranslation("report.dialog.save-changes"), changed -> {
            reports.updateRecommendation(rec.id(), rec.version(), changed.toForm());
            saved.run();
        });
        return d;
    }

    private RecommendationDialog(ReferenceData reference, Draft draft, boolean editing) {
        addClassName("recommendation-dialog");
        setWidth("min(48rem, 100vw)");
        List<OrganisationRef> recipientList = reference.recipients();
        long forceCount = recipientList.stream().filter(o -> o.kind() == OrganisationRef.Kind.FORCE).count();
        allForces = new Checkbox(getTranslation("report.recommendation.all-forces", String.valueOf(forceCount)));
        number.setMaxLength(20);
        number.setHelperText(getTranslation("report.recommendation.number.hint"));
        kind.setItems(RecommendationKind.values());
        kind.setItemLabelGenerator(KindLabels::of);
        priority.setItems(Priority.values());
        priority.setItemLabelGenerator(Priority::label);
        text.setMaxLength(4000);
        text.setMinHeight("8em");
        themes.setItems(reference.themes());
        themes.setItemLabelGenerator(ThemeRef::name);
        recipients.setItems(recipientList);
        recipients.setItemLabelGenerator(OrganisationRef::name);
        recipients.setHelperText(getTranslation(editing ? "report.recommendation.recipients.hint-edit"
                : "report.recommendation.recipients.hint"));
        allForces.addValueChangeListener(e -> {
            recipients.setLabel(getTranslation(e.getValue() ? "report.recommendation.also-to" : "report.recommendation.recipients"));
            recipients.setInvalid(false);
        });

        binder.forField(number).asRequired(getTranslation("report.check.number"))
                .withValidator(new StringLengthValidator(getTranslation("report.check.number-length"), 0, 20))
                .bind(d -> d.number, (d, v) -> d.number = v);
        binder.forField(kind).asRequired(getTranslation("report.check.recommendation-kind")).bind(d -> d.kind, (d, v) -> d.kind = v);
        binder.forField(priority).asRequired(getTranslation("report.check.priority")).bind(d -> d.priority, (d, v) -> d.priority = v);
        binder.forField(text).asRequired(getTranslation("report.check.text"))
                .withValidator(new StringLengthValidator(getTranslation("report.check.text-length"), 0, 4000))
                .bind(d -> d.text, (d, v) -> d.text = v);
        binder.forField(themes).bind(d -> d.themes, (d, v) -> d.themes = v);
        binder.forField(allForces).bind(d -> d.allForces, (d, v) -> d.allForces = v);
        binder.forField(recipients).bind(d -> d.recipients, (d, v) -> d.recipients = v);
        binder.setBean(draft);

        FormLayout form = new FormLayout(number, kind, priority, text, themes, allForces, recipients);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32rem", 3));
        form.setColspan(text, 3);
        form.setColspan(themes, 3);
        form.setColspan(allForces, 3);
        form.setColspan(recipients, 3);
        messages.on("number", number).on("kind", kind).on("priority", priority).on("text", text)
                .on("themes", themes).on("recipients", recipients);
        add(problems, form);
    }

    private void saveButton(String label, Consumer<Draft> save) {
        Button cancel = new Button(getTranslation("report.dialog.cancel"), e -> close());
        Button ok = Submit.button(label, () -> {
            messages.clear();
            if (!binder.validate().isOk()) {
                messages.show();
                return false;
            }
            if (!Feedback.run(() -> save.accept(binder.getBean()), messages)) {
                return false;
            }
            close();
            Feedback.success(getTranslation("report.recommendation.saved"));
            return true;
        });
        ok.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(cancel, ok);
    }
}
