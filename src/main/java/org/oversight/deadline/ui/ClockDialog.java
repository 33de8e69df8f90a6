package org.oversight.deadline.ui;

import org.oversight.base.i18n.Messages;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.time.LocalDate;
import org.oversight.base.ui.Dates;
import org.oversight.base.ui.ErrorSummary;
import org.oversight.base.ui.Feedback;
import org.oversight.base.ui.FieldMessages;
import org.oversight.base.ui.Submit;

/**
 * A small dialog for one action on a clock: fields in a form, a Save button that runs the service call, and the
 * service's refusals shown on the field they concern (an extension the rules refuse, a date out of range).
 */
class ClockDialog extends Dialog {

    /** The service call; it reads the fields itself. */
    @FunctionalInterface
    interface Action {
        void run();
    }

    private final FormLayout form = new FormLayout();
    private final ErrorSummary summary = new ErrorSummary();
    private final FieldMessages messages = new FieldMessages().summary(summary);
    private final Button save;
    private Binder<?> binder;

    ClockDialog(String title, String intro, String saveText, Action action, Runnable afterSave) {
        setHeaderTitle(title);
        addClassName("clock-dialog");
        add(summary);
        if (intro != null) {
            add(new Paragraph(intro));
        }
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);
        save = Submit.button(saveText, () -> {
            if (!validate() || !runShowingRefusals(action)) {
                return false;
            }
            close();
            afterSave.run();
            return true;
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        Button cancel = new Button(Messages.t("deadline.ui.cancel"), e -> close());
        getFooter().add(cancel, save);
        setWidth("32rem");
    }

    static DatePicker datePicker(String label, LocalDate value) {
        DatePicker picker = Dates.picker(label);
        picker.setValue(value);
        picker.setWidthFull();
        return picker;
    }

    static TextArea reasonField(String label, String helper) {
        TextArea reason = new TextArea(label);
        reason.setHelperText(helper);
        reason.setMaxLength(4000);
        // sent as typed, so that a Save pressed without leaving the field sees the text
        reason.setValueChangeMode(ValueChangeMode.EAGER);
        reason.setWidthFull();
        reason.setMinHeight("7rem");
        return reason;
    }

    /** Adds a field; {@code name} is the field name the service uses in its messages. */
    <F extends com.vaadin.flow.component.Component & HasValidation> F field(String name, F field) {
        messages.on(name, field);
        form.add(field);
        return field;
    }

    void addToForm(com.vaadin.flow.component.Component component) {
        form.add(component);
    }

    /** The form's binder: its required fields and converters are checked before the service is called. */
    void validateWith(Binder<?> binder) {
        this.binder = binder;
    }

    /** The form's own checks first; what fails is listed in the error summary, each entry a link to its field. */
    private boolean validate() {
        messages.clear();
        if (binder == null || binder.validate().isOk()) {
            return true;
        }
        messages.show();
        return false;
    }

    private boolean runShowingRefusals(Action action) {
        return Feedback.run(action::run, messages);
    }
}
