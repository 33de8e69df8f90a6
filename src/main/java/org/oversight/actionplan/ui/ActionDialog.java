package org.oversight.actionplan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import org.oversight.actionplan.ActionDetails;
import org.oversight.actionplan.ActionInput;
import org.oversight.actionplan.ActionStatus;
import org.oversight.actionplan.PlanItem;
import org.oversight.base.SubmissionKey;
import org.oversight.base.ui.ErrorSummary;
import org.oversight.base.ui.Feedback;
import org.oversight.base.ui.FieldMessages;
import org.oversight.base.ui.Dates;
import org.oversight.base.ui.Inputs;
import org.oversight.base.ui.Submit;
import org.oversight.base.ui.UnsavedChanges;

/** Adds or edits an action: what, who, by when, how far, and which of the report's recommendations it answers. */
class ActionDialog extends Dialog {

    /** The form's state; Binder writes into it only when every field is valid. */
    static final class Form {
        String title;
        String ownerName;
        LocalDate dueOn;
        Integer progress = 0;
        ActionStatus status = ActionStatus.NOT_STARTED;
        Set<PlanItem> answers = new HashSet<>();
        String description;
    }

    /**
     * @param choices      the items the action may answer
     * @param existing     the action being edited, or null for a new one
     * @param dateEditable false once the watchdog has seen the plan: dates then move only by revision
     * @param draftKey     where the typed description is kept until saved or cancelled (include the record's id)
     */
    ActionDialog(List<PlanItem> choices, ActionDetails existing, boolean dateEditable, String draftKey,
                 BiConsumer<ActionInput, SubmissionKey> save, Runnable saved) {
        setHeaderTitle(getTranslation(existing == null ? "actionplan.action.dialog.add" : "actionplan.action.dialog.edit"));
        setWidth("min(48rem, 95vw)");
        TextField title = new TextField(getTranslation("actionplan.action.field.title"));
        title.setMaxLength(300);
        TextField owner = new TextField(getTranslation("actionplan.action.field.owner"));
        owner.setHelperText(getTranslation("actionplan.action.field.owner.hint"));
        owner.setMaxLength(120);
        DatePicker due = Dates.picker(getTranslation("actionplan.action.field.due"));
        IntegerField progress = Inputs.percent(getTranslation("actionplan.action.field.progress"));
        progress.setStepButtonsVisible(true);
        Select<ActionStatus> status = new Select<>();
        status.setLabel(getTranslation("actionplan.action.field.status"));
        status.setItems(ActionStatus.values());
        status.setItemLabelGenerator(ActionStatus::label);
        MultiSelectComboBox<PlanItem> answers = new MultiSelectComboBox<>(getTranslation("actionplan.action.field.answers"));
        answers.setItems(choices);
        answers.setItemLabelGenerator(PlanItem::label);
        answers.setAutoExpand(MultiSelectComboBox.AutoExpandMode.BOTH);
        answers.setHelperText(getTranslation("actionplan.action.field.answers.hint"));
        TextArea description = new TextArea(getTranslation("actionplan.action.field.description"));
        description.setMaxLength(4000);
        description.setMinRows(3);

        Binder<Form> binder = new Binder<>();
        binder.forField(title).asRequired(getTranslation("actionplan.action.check.title")).bind(f -> f.title, (f, v) -> f.title = v);
        binder.forField(owner).asRequired(getTranslation("actionplan.action.check.owner")).bind(f -> f.ownerName, (f, v) -> f.ownerName = v);
        binder.forField(due).asRequired(getTranslation("actionplan.action.check.due")).bind(f -> f.dueOn, (f, v) -> f.dueOn = v);
        binder.forField(progress).asRequired(getTranslation("actionplan.action.check.progress-missing"))
                .withValidator(p -> p >= 0 && p <= 100, getTranslation("actionplan.action.check.progress"))
                .bind(f -> f.progress, (f, v) -> f.progress = v);
        binder.forField(status).asRequired(getTranslation("actionplan.action.check.status")).bind(f -> f.status, (f, v) -> f.status = v);
        binder.forField(answers).asRequired(getTranslation("actionplan.action.check.answers"))
                .bind(f -> f.answers, (f, v) -> f.answers = v);
        binder.forField(description).bind(f -> f.description, (f, v) -> f.description = v);

        Form form = new Form();
        if (existing != null) {
            form.title = existing.title();
            form.ownerName = existing.ownerName();
            form.dueOn = existing.dueOn();
            form.progress = existing.progress();
            form.status = existing.status();
            form.description = existing.description();
            form.answers = choices.stream().filter(i -> existing.answers().contains(i.trackedId())).collect(Collectors.toSet());
        }
        binder.readBean(form);
        UnsavedChanges drafts = new UnsavedChanges(this).watch(description, draftKey);
        if (!dateEditable) {
            due.setReadOnly(true);
            due.setHelperText(getTranslation("actionplan.action.field.due.seen"));
        }

        FormLayout layout = new FormLayout(title, owner, due, progress, status, answers, description);
        layout.setColspan(title, 2);
        layout.setColspan(answers, 2);
        layout.setColspan(description, 2);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        ErrorSummary summary = new ErrorSummary();
        add(summary, layout);

        FieldMessages errors = new FieldMessages().on("title", title).on("ownerName", owner).on("dueOn", due)
                .on("progress", progress).on("status", status).on("answers", answers).on("description", description).summary(summary);
        SubmissionKey key = SubmissionKey.fresh();
        Button saveButton = Submit.button(getTranslation(existing == null ? "actionplan.plan.add-action" : "actionplan.action.dialog.save"), () -> {
            errors.clear();
            if (Inputs.refuse(progress) | Inputs.refuse(due) | !binder.writeBeanIfValid(form)) {
                errors.show();
                return false;
            }
            ActionInput input = new ActionInput(form.title, form.description, form.ownerName, form.dueOn, form.progress,
                    form.status, form.answers.stream().map(PlanItem::trackedId).collect(Collectors.toSet()));
            if (!Feedback.run(() -> save.accept(input, key), errors)) {
                return false;
            }
            drafts.saved();
            close();
            saved.run();
            return true;
        });
        saveButton.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button(getTranslation("actionplan.dialog.cancel"), e -> {
            drafts.saved();
            close();
        }), saveButton);
    }
}
