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
import org.oversight.base.ui.Feedback;
import org.oversight.base.ui.FieldMessages;
import org.oversight.base.ui.Dates;
import org.oversight.base.ui.Inputs;
import org.oversight.base.ui.Submit;

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
     */
    ActionDialog(List<PlanItem> choices, ActionDetails existing, boolean dateEditable, BiConsumer<ActionInput, SubmissionKey> save,
                 Runnable saved) {
        setHeaderTitle(existing == null ? "Add an action" : "Edit the action");
        setWidth("min(48rem, 95vw)");
        TextField title = new TextField("Title");
        title.setMaxLength(300);
        TextField owner = new TextField("Owner");
        owner.setHelperText("A name or a role, e.g. Head of Contact Centre");
        owner.setMaxLength(120);
        DatePicker due = Dates.picker("Due date");
        IntegerField progress = Inputs.percent("Progress (%)");
        progress.setStepButtonsVisible(true);
        Select<ActionStatus> status = new Select<>();
        status.setLabel("Status");
        status.setItems(ActionStatus.values());
        status.setItemLabelGenerator(ActionStatus::label);
        MultiSelectComboBox<PlanItem> answers = new MultiSelectComboBox<>("Answers recommendations");
        answers.setItems(choices);
        answers.setItemLabelGenerator(PlanItem::label);
        answers.setAutoExpand(MultiSelectComboBox.AutoExpandMode.BOTH);
        answers.setHelperText("One action may answer several recommendations, and a recommendation may need several actions.");
        TextArea description = new TextArea("Description");
        description.setMaxLength(4000);
        description.setMinRows(3);

        Binder<Form> binder = new Binder<>();
        binder.forField(title).asRequired("Give the action a short title.").bind(f -> f.title, (f, v) -> f.title = v);
        binder.forField(owner).asRequired("Say who owns the action: a name or a role.").bind(f -> f.ownerName, (f, v) -> f.ownerName = v);
        binder.forField(due).asRequired("Give the date by which the action will be done.").bind(f -> f.dueOn, (f, v) -> f.dueOn = v);
        binder.forField(progress).asRequired("Give the progress as a percentage, 0 if not started.")
                .withValidator(p -> p >= 0 && p <= 100, "Progress must be a whole number from 0 to 100.")
                .bind(f -> f.progress, (f, v) -> f.progress = v);
        binder.forField(status).asRequired("Choose the status.").bind(f -> f.status, (f, v) -> f.status = v);
        binder.forField(answers).asRequired("Choose the recommendations this action answers.")
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
        if (!dateEditable) {
            due.setReadOnly(true);
            due.setHelperText("The watchdog has seen this plan: use “Revise due date” to move it, with a reason.");
        }

        FormLayout layout = new FormLayout(title, owner, due, progress, status, answers, description);
        layout.setColspan(title, 2);
        layout.setColspan(answers, 2);
        layout.setColspan(description, 2);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        add(layout);

        FieldMessages errors = new FieldMessages().on("title", title).on("ownerName", owner).on("dueOn", due)
                .on("progress", progress).on("status", status).on("answers", answers).on("description", description);
        SubmissionKey key = SubmissionKey.fresh();
        Button saveButton = Submit.button(existing == null ? "Add action" : "Save changes", () -> {
            errors.clear();
            if (Inputs.refuse(progress) | Inputs.refuse(due) | !binder.writeBeanIfValid(form)) {
                return false;
            }
            ActionInput input = new ActionInput(form.title, form.description, form.ownerName, form.dueOn, form.progress,
                    form.status, form.answers.stream().map(PlanItem::trackedId).collect(Collectors.toSet()));
            if (!Feedback.run(() -> save.accept(input, key), errors)) {
                return false;
            }
            close();
            saved.run();
            return true;
        });
        saveButton.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button("Cancel", e -> close()), saveButton);
    }
}
