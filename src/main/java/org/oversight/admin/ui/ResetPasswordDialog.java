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
        setHeaderTitle(getTranslation("admin.dialog.reset-title", account.displayName()));
        PasswordField password = new PasswordField(getTranslation("admin.dialog.new-password"));
        password.setWidthFull();
        password.setMaxLength(PasswordPolicy.MAX_LENGTH);
        password.setHelperText(getTranslation("admin.dialog.new-password-hint", String.valueOf(PasswordPolicy.MIN_LENGTH)));
        Paragraph note = new Paragraph(getTranslation("admin.dialog.reset-note"));
        note.addClassName("dialog-note");
        add(password, note);

        Button save = Submit.button(getTranslation("admin.dialog.set-password"), () -> {
            boolean done = Feedback.run(() -> users.resetPassword(account.id(), password.getValue(), account.version()),
                    new FieldMessages().on("password", password));
            if (done) {
                Feedback.success(getTranslation("admin.dialog.password-set", account.displayName()));
                close();
                onChanged.run();
            }
            return done;
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button(getTranslation("admin.dialog.cancel"), e -> close()), save);
    }
}
