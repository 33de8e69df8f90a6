package org.oversight.actionplan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;
import org.oversight.base.ui.Feedback;
import org.oversight.base.ui.FieldMessages;
import org.oversight.base.ui.Submit;

/** Asks for a reason or note before a decision; the service decides whether it may be empty. */
class ReasonDialog extends Dialog {

    ReasonDialog(String heading, String explanation, String label, String confirmText, boolean danger, String field,
                 Consumer<String> decide, Runnable done) {
        setHeaderTitle(heading);
        setWidth("min(40rem, 95vw)");
        TextArea reason = new TextArea(label);
        reason.setWidthFull();
        reason.setMinRows(4);
        reason.setMaxLength(4000);
        FieldMessages errors = new FieldMessages().on(field, reason);
        add(new Paragraph(explanation), reason);
        Button confirm = Submit.button(confirmText, () -> {
            errors.clear();
            if (!Feedback.run(() -> decide.accept(reason.getValue()), errors)) {
                return false;
            }
            close();
            done.run();
            return true;
        });
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        if (danger) {
            confirm.addThemeVariants(ButtonVariant.ERROR);
        }
        getFooter().add(new Button(getTranslation("actionplan.dialog.cancel"), e -> close()), confirm);
        reason.focus();
    }
}
