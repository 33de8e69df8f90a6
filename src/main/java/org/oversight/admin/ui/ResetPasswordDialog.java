package org.oversight.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import org.oversight.admin.AdminUserService;
import org.oversight.admin.UserAccount;
import org.oversight.base.ui.Feedback;
import org.oversight.base.ui.FieldMessages;
import org.oversight.base.ui.Submit;
import org.oversight.security.PasswordPolicy;

/** Sets a new password for someone who lost theirs or was locked out; it also lifts a lockout. */
class ResetPasswordDialog extends Dialog {

    ResetPasswordDialog(AdminUserService users, UserAccount account, Runnable onChanged) {
        setHeaderTitle("Reset password of " + account.displayName());
        PasswordField password = new PasswordField("New password");
        password.setWidthFull();
        password.setMaxLength(PasswordPolicy.MAX_LENGTH);
        password.setHelperText("At least " + PasswordPolicy.MIN_LENGTH + " characters, not a common password. "
                + "Give it to the person in person or by phone, never by e-mail.");
        Paragraph note = new Paragraph("This also lifts a lockout after failed sign-ins and signs the person out everywhere.");
        note.addClassName("dialog-note");
        add(password, note);

        Button save = Submit.button("Set password", () -> {
            boolean done = Feedback.run(() -> users.resetPassword(account.id(), password.getValue(), account.version()),
                    new FieldMessages().on("password", password));
            if (done) {
                Feedback.success("New password set for " + account.displayName() + ".");
                close();
                onChanged.run();
            }
            return done;
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button("Cancel", e -> close()), save);
    }
}
