package org.oversight.outcome.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import org.oversight.base.Plurals;
import org.oversight.base.SubmissionKey;
import org.oversight.base.ui.Feedback;
import org.oversight.base.ui.FieldMessages;
import org.oversight.base.ui.Submit;
import org.oversight.outcome.BulkResult;
import org.oversight.outcome.NationalFollowUpService;

/** One reminder to every recipient still without a plan; the form sent twice reminds once. */
class RemindDialog extends Dialog {

    RemindDialog(NationalFollowUpService service, long recommendationId, int recipients, Runnable done) {
        setHeaderTitle("Remind every recipient without a plan");
        SubmissionKey key = SubmissionKey.fresh();
        TextArea message = new TextArea("Message");
        message.setHelperText("Optional. It goes to the leads of each recipient, with a link to their recommendation.");
        message.setMaxLength(4000);
        message.setWidthFull();
        add(new Paragraph(Plurals.of(recipients, "1 recipient has", recipients + " recipients have")
                + " not sent a plan. Each one's leads get the reminder in their inbox and by e-mail."), message);
        FieldMessages messages = new FieldMessages().on("message", message);
        Button send = Submit.button("Send the reminders", () -> {
            messages.clear();
            BulkResult[] result = new BulkResult[1];
            boolean ok = Feedback.run(() -> result[0] = service.remindWithoutPlan(recommendationId, message.getValue(),
                    key), messages);
            if (ok) {
                close();
                Feedback.success(Plurals.of(result[0].applied(), "1 recipient reminded.",
                        result[0].applied() + " recipients reminded."));
                done.run();
            }
            return ok;
        });
        send.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button("Cancel", e -> close()), send);
        setWidth("32rem");
    }
}
