package org.oversight.deadline.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.time.LocalDate;
import org.oversight.base.Formats;
import org.oversight.deadline.ClockDetails;
import org.oversight.deadline.ClockRule;
import org.oversight.deadline.ClockService;

/** The dialogs behind the clock actions of the issuing watchdog's staff. */
final class ClockDialogs {

    /** What the forms edit; Binder writes it into the fields, so the defaults live here. */
    static final class Form {
        LocalDate first;
        LocalDate second;
        String reason = "";
        boolean running = true;

        Form(LocalDate first) {
            this.first = first;
        }
    }

    private ClockDialogs() {
    }

    static ClockDialog extension(ClockService clocks, ClockDetails clock, LocalDate today, Runnable afterSave) {
        Form form = new Form(today);
        Binder<Form> binder = new Binder<>();
        DatePicker received = ClockDialog.datePicker("Application received on", null);
        DatePicker newDue = ClockDialog.datePicker("New due date", null);
        newDue.setHelperText("Currently due on " + Formats.longDate(clock.dueOn()) + ".");
        TextArea reason = ClockDialog.reasonField("Reason", "Kept with the clock and shown to the recipient.");
        String intro = clock.rule() == ClockRule.IOPC_LEARNING_RESPONSE
                ? "The IOPC may extend the period only on an application received before it ends (Police Reform "
                + "Act 2002, Sch 3 para 28B)."
                : "The original due date stays on the clock, so the extension is visible.";
        ClockDialog dialog = new ClockDialog("Grant an extension", intro, "Grant extension",
                () -> clocks.grantExtension(clock.id(), clock.version(), form.first, form.second, form.reason), afterSave);
        binder.forField(dialog.field("receivedOn", received)).asRequired("Enter the day the application was received.")
                .bind(f -> f.first, (f, v) -> f.first = v);
        binder.forField(dialog.field("newDueOn", newDue)).asRequired("Enter the new due date.")
                .bind(f -> f.second, (f, v) -> f.second = v);
        binder.forField(dialog.field("reason", reason)).asRequired("Give the reason for the extension.")
                .bind(f -> f.reason, (f, v) -> f.reason = v);
        binder.setBean(form);
        dialog.validateWith(binder);
        return dialog;
    }

    static ClockDialog pause(ClockService clocks, ClockDetails clock, LocalDate today, Runnable afterSave) {
        Form form = new Form(today);
        Binder<Form> binder = new Binder<>();
        DatePicker from = ClockDialog.datePicker("First day the clock does not run", null);
        Checkbox running = new Checkbox("The proceedings are still going on", true);
        DatePicker to = ClockDialog.datePicker("Last day the clock does not run", null);
        to.setEnabled(false);
        running.addValueChangeListener(e -> to.setEnabled(!e.getValue()));
        TextArea reason = ClockDialog.reasonField("Reason", "For example: judicial review claim issued on …");
        ClockDialog dialog = new ClockDialog("Record a pause", "Days on which judicial review proceedings are in "
                + "progress are added to the period. The due date moves a day for every paused day.", "Record pause",
                () -> clocks.recordPause(clock.id(), clock.version(), form.first, form.running ? null : form.second,
                        form.reason), afterSave);
        binder.forField(dialog.field("from", from)).asRequired("Enter the first paused day.")
                .bind(f -> f.first, (f, v) -> f.first = v);
        dialog.addToForm(running);
        binder.forField(running).bind(f -> f.running, (f, v) -> f.running = v);
        binder.forField(dialog.field("toInclusive", to))
                .withValidator(v -> running.getValue() || v != null, "Enter the last paused day, or tick that the proceedings are still going on.")
                .bind(f -> f.second, (f, v) -> f.second = v);
        binder.forField(dialog.field("reason", reason)).asRequired("Give the reason for the pause.")
                .bind(f -> f.reason, (f, v) -> f.reason = v);
        binder.setBean(form);
        dialog.validateWith(binder);
        return dialog;
    }

    static ClockDialog endPause(ClockService clocks, ClockDetails clock, LocalDate today, Runnable afterSave) {
        Form form = new Form(today);
        Binder<Form> binder = new Binder<>();
        DatePicker last = ClockDialog.datePicker("Last day the clock did not run", null);
        ClockDialog dialog = new ClockDialog("End the pause", "The clock runs again from the day after.", "End pause",
                () -> clocks.endPause(clock.id(), clock.version(), form.first), afterSave);
        binder.forField(dialog.field("lastPausedDay", last)).asRequired("Enter the last paused day.")
                .bind(f -> f.first, (f, v) -> f.first = v);
        binder.setBean(form);
        dialog.validateWith(binder);
        return dialog;
    }

    static ClockDialog met(ClockService clocks, ClockDetails clock, LocalDate today, Runnable afterSave) {
        Form form = new Form(today);
        Binder<Form> binder = new Binder<>();
        boolean commissioner = clock.rule() == ClockRule.PCC_RESPONSE;
        DatePicker metOn = ClockDialog.datePicker(commissioner
                ? "Response published on" : "Response published by the IOPC on", null);
        TextField link = new TextField("Web address of the published response (optional)");
        link.setHelperText("For example https://www.example-pcc.gov.uk/hmicfrs-responses");
        link.setMaxLength(2000);
        link.setWidthFull();
        ClockDialog dialog = new ClockDialog(commissioner ? "Record the commissioner's response" : "Record as met",
                commissioner ? "The police and crime commissioner publishes a response to the report; recording it "
                        + "stops this clock." : null, "Record", () ->
                clocks.recordMet(clock.id(), clock.version(), form.first, form.reason), afterSave);
        binder.forField(dialog.field("metOn", metOn)).asRequired("Enter the day it was published.")
                .bind(f -> f.first, (f, v) -> f.first = v);
        binder.forField(dialog.field("link", link)).bind(f -> f.reason, (f, v) -> f.reason = v);
        binder.setBean(form);
        dialog.validateWith(binder);
        return dialog;
    }
}
