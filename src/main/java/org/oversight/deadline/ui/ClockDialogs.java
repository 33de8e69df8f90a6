package org.oversight.deadline.ui;

import org.oversight.base.i18n.Messages;
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
        DatePicker received = ClockDialog.datePicker(Messages.t("deadline.dialog.received"), null);
        DatePicker newDue = ClockDialog.datePicker(Messages.t("deadline.dialog.new-due"), null);
        newDue.setHelperText(Messages.t("deadline.dialog.currently-due", Formats.longDate(clock.dueOn())));
        TextArea reason = ClockDialog.reasonField(Messages.t("deadline.ui.reason"), Messages.t("deadline.dialog.extension-reason-hint"));
        String intro = clock.rule() == ClockRule.IOPC_LEARNING_RESPONSE
                ? Messages.t("deadline.dialog.iopc-intro") : Messages.t("deadline.dialog.extension-intro");
        ClockDialog dialog = new ClockDialog(Messages.t("deadline.ui.grant-extension"), intro, Messages.t("deadline.dialog.grant"),
                () -> clocks.grantExtension(clock.id(), clock.version(), form.first, form.second, form.reason), afterSave);
        binder.forField(dialog.field("receivedOn", received)).asRequired(Messages.t("deadline.dialog.enter-received"))
                .bind(f -> f.first, (f, v) -> f.first = v);
        binder.forField(dialog.field("newDueOn", newDue)).asRequired(Messages.t("deadline.dialog.enter-new-due"))
                .bind(f -> f.second, (f, v) -> f.second = v);
        binder.forField(dialog.field("reason", reason)).asRequired(Messages.t("deadline.dialog.extension-reason"))
                .bind(f -> f.reason, (f, v) -> f.reason = v);
        binder.setBean(form);
        dialog.validateWith(binder);
        return dialog;
    }

    static ClockDialog pause(ClockService clocks, ClockDetails clock, LocalDate today, Runnable afterSave) {
        Form form = new Form(today);
        Binder<Form> binder = new Binder<>();
        DatePicker from = ClockDialog.datePicker(Messages.t("deadline.dialog.pause-from"), null);
        Checkbox running = new Checkbox(Messages.t("deadline.dialog.still-going-on"), true);
        DatePicker to = ClockDialog.datePicker(Messages.t("deadline.dialog.pause-to"), null);
        to.setEnabled(false);
        running.addValueChangeListener(e -> to.setEnabled(!e.getValue()));
        TextArea reason = ClockDialog.reasonField(Messages.t("deadline.ui.reason"), Messages.t("deadline.dialog.pause-reason-hint"));
        ClockDialog dialog = new ClockDialog(Messages.t("deadline.ui.record-pause"), Messages.t("deadline.dialog.pause-intro"),
                Messages.t("deadline.dialog.record-pause"),
                () -> clocks.recordPause(clock.id(), clock.version(), form.first, form.running ? null : form.second,
                        form.reason), afterSave);
        binder.forField(dialog.field("from", from)).asRequired(Messages.t("deadline.dialog.enter-first-paused"))
                .bind(f -> f.first, (f, v) -> f.first = v);
        dialog.addToForm(running);
        binder.forField(running).bind(f -> f.running, (f, v) -> f.running = v);
        binder.forField(dialog.field("toInclusive", to))
                .withValidator(v -> running.getValue() || v != null, Messages.t("deadline.dialog.enter-last-or-tick"))
                .bind(f -> f.second, (f, v) -> f.second = v);
        binder.forField(dialog.field("reason", reason)).asRequired(Messages.t("deadline.dialog.pause-reason"))
                .bind(f -> f.reason, (f, v) -> f.reason = v);
        binder.setBean(form);
        dialog.validateWith(binder);
        return dialog;
    }

    static ClockDialog endPause(ClockService clocks, ClockDetails clock, LocalDate today, Runnable afterSave) {
        Form form = new Form(today);
        Binder<Form> binder = new Binder<>();
        DatePicker last = ClockDialog.datePicker(Messages.t("deadline.dialog.last-paused"), null);
        ClockDialog dialog = new ClockDialog(Messages.t("deadline.ui.end-pause"), Messages.t("deadline.dialog.end-intro"),
                Messages.t("deadline.dialog.end"),
                () -> clocks.endPause(clock.id(), clock.version(), form.first), afterSave);
        binder.forField(dialog.field("lastPausedDay", last)).asRequired(Messages.t("deadline.dialog.enter-last-paused"))
                .bind(f -> f.first, (f, v) -> f.first = v);
        binder.setBean(form);
        dialog.validateWith(binder);
        return dialog;
    }

    static ClockDialog met(ClockService clocks, ClockDetails clock, LocalDate today, Runnable afterSave) {
        Form form = new Form(today);
        Binder<Form> binder = new Binder<>();
        boolean commissioner = clock.rule() == ClockRule.PCC_RESPONSE;
        DatePicker metOn = ClockDialog.datePicker(Messages.t(commissioner
                ? "deadline.dialog.published-on" : "deadline.dialog.published-by-iopc"), null);
        TextField link = new TextField(Messages.t("deadline.dialog.link"));
        link.setHelperText(Messages.t("deadline.dialog.link-hint"));
        link.setMaxLength(2000);
        link.setWidthFull();
        ClockDialog dialog = new ClockDialog(Messages.t(commissioner ? "deadline.ui.record-commissioner" : "deadline.ui.record-met"),
                commissioner ? Messages.t("deadline.dialog.commissioner-intro") : null, Messages.t("deadline.dialog.record"), () ->
                clocks.recordMet(clock.id(), clock.version(), form.first, form.reason), afterSave);
        binder.forField(dialog.field("metOn", metOn)).asRequired(Messages.t("deadline.dialog.enter-published"))
                .bind(f -> f.first, (f, v) -> f.first = v);
        binder.forField(dialog.field("link", link)).bind(f -> f.reason, (f, v) -> f.reason = v);
        binder.setBean(form);
        dialog.validateWith(binder);
        return dialog;
    }
}
