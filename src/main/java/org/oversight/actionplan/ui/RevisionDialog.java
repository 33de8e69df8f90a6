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
        setHeaderTitle(getTranslation("actionplan.revision.dialog.title"));
        setWidth("min(40rem, 95vw)");
        String dates = action.dateMoved()
                ? getTranslation("actionplan.revision.due-moved", action.title(), Formats.date(action.dueOn()),
                        Formats.date(action.originalDueOn()))
                : getTranslation("actionplan.revision.due", action.title(), Formats.date(action.dueOn()));
        Paragraph intro = new Paragraph(dates + " " + (action.agreedDueOn() == null
                ? getTranslation("actionplan.revision.not-agreed")
                : getTranslation("actionplan.revision.agreed", Formats.date(action.agreedDueOn()))));
        DatePicker date = Dates.picker(getTranslation("actionplan.revision.new-date"));
        date.setValue(action.dueOn());
        TextArea reason = new TextArea(getTranslation("actionplan.revision.reason"));
        reason.setHelperText(getTranslation("actionplan.revision.reason.hint"));
        reason.setWidthFull();
        reason.setMinRows(3);
        reason.setMaxLength(4000);
        FieldMessages errors = new FieldMessages().on("dueOn", date).on("reason", reason);
        add(intro, date, reason);
        Button confirm = Submit.button(getTranslation("actionplan.revision.button"), () -> {
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
                    ? getTranslation("actionplan.revision.sent")
                    : getTranslation("actionplan.revision.moved"));
            done.run();
            return true;
        });
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button(getTranslation("actionplan.dialog.cancel"), e -> close()), confirm);
    }
}
