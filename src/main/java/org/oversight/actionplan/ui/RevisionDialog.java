package org.oversight.actionplan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import org.oversight.base.ui.Inputs;
import org.oversight.actionplan.ActionDetails;
import org.oversight.actionplan.RevisionStatus;
import org.oversight.base.Formats;
import org.oversight.base.ui.Dates;
import org.oversight.base.ui.Feedback;
import org.oversight.base.ui.FieldMessages;
import org.oversight.base.ui.Submit;

/** Asks for a new due date and the reason for it; says up front when the watchdog will have to approve it. */
class RevisionDialog extends Dialog {

    interface Revise {
        RevisionStatus revise(LocalDate newDueOn, String reason);
    }

    RevisionDialog(ActionDetails action, Revise revise, Runnable done) {
        setHeaderTitle("Revise the due date");
        setWidth("min(40rem, 95vw)");
        String dates = "“" + action.title() + "” is due on " + Formats.date(action.dueOn())
                + (action.dateMoved() ? " (originally " + Formats.date(action.originalDueOn()) + ")" : "") + ".";
        Paragraph intro = new Paragraph(dates + (action.agreedDueOn() == null
                ? " The watchdog has not agreed a date for it yet, so the new date applies at once."
                : " The date agreed with the watchdog is " + Formats.date(action.agreedDueOn())
                        + ": a later date applies only once the watchdog approves it."));
        DatePicker date = Dates.picker("New due date");
        date.setValue(action.dueOn());
        TextArea reason = new TextArea("Why the date has to move");
        reason.setHelperText("Kept in the action's history and shown to the watchdog.");
        reason.setWidthFull();
        reason.setMinRows(3);
        reason.setMaxLength(4000);
        FieldMessages errors = new FieldMessages().on("dueOn", date).on("reason", reason);
        add(intro, date, reason);
        Button confirm = Submit.button("Revise the date", () -> {
            errors.clear();
            if (Inputs.refuse(date)) {
                return false;
            }
            RevisionStatus[] outcome = new RevisionStatus[1];
            if (!Feedback.run(() -> outcome[0] = revise.revise(date.getValue(), reason.getValue()), errors)) {
                return false;
            }
            close();
            Feedback.success(outcome[0] == RevisionStatus.PENDING
                    ? "The new date has been sent to the watchdog for approval; the current date stands until then."
                    : "The due date has been moved. The original date stays on record.");
            done.run();
            return true;
        });
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button("Cancel", e -> close()), confirm);
    }
}
