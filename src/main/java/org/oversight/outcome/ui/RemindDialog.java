package org.oversight.outcome.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import org.oversight.base.SubmissionKey;
import org.oversight.base.ui.Feedback;
import org.oversight.base.ui.FieldMessages;
import org.oversight.base.ui.Submit;
import org.oversight.outcome.BulkResult;
import org.oversight.outcome.NationalFollowUpService;

/** One reminder to every recipient still without a plan; the form sent twice reminds once. */
class RemindDialog extends Dialog {

    RemindDialog(NationalFollowUpService service, long recommendationId, int recipients, Runnable done) {
        setHeaderTitle(getTranslation("outcome.remind.title"));
        SubmissionKey key = SubmissionKey.fresh();
        TextArea message = new TextArea(getTranslation("outcome.remind.message"));
        message.setHelperText(getTranslation("outcome.remind.message-hint"));
        message.setMaxLength(4000);
        message.setWidthFull();
        add(new Paragraph(getTranslation("outcome.remind.intro", recipients)), message);
        FieldMessages messages = new FieldMessages().on("message", message);
        Button send = Submit.button(getTranslation("outcome.remind.send"), () -> {
            messages.clear();
            BulkResult[] result = new BulkResult[1];
            boolean ok = Feedback.run(() -> result[0] = service.remindWithoutPlan(recommendationId, message.getValue(),
                    key), messages);
            if (ok) {
                close();
                Feedback.success(getTranslation("outcome.remind.done", result[0].applied()));
                done.run();
            }
            return ok;
        });
        send.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button(getTranslation("outcome.ui.cancel"), e -> close()), send);
        setWidth("32rem");
    }
}
