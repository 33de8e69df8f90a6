package org.oversight.admin.ui;

import java.util.Locale;
import org.oversight.base.i18n.Language;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import org.oversight.admin.AdminUserService;
import org.oversight.admin.UserAccount;
import org.oversight.base.ui.Feedback;
import org.oversight.base.ui.FieldMessages;
import org.oversight.base.ui.Submit;

/** Changes what a person is and whom they act for; their open sessions end so the change applies at once. */
class ChangeRoleDialog extends Dialog {

    ChangeRoleDialog(AdminUserService users, UserAccount account, Runnable onChanged) {
        setHeaderTitle(getTranslation("admin.dialog.change-role-title", account.displayName()));
        RoleScopeFields scope = new RoleScopeFields(users);
        scope.set(account.role(), account.organisationId());
        Paragraph note = new Paragraph(getTranslation("admin.dialog.change-role-note", account.displayName()));
        note.addClassName("dialog-note");
        add(new FormLayout(scope.role, scope.organisation), note);

        Button save = Submit.button(getTranslation("admin.users.change-role"), () -> {
            if (scope.role.getValue() == null) {
                scope.role.setErrorMessage(getTranslation("admin.check.choose-role"));
                scope.role.setInvalid(true);
                return false;
            }
            boolean done = Feedback.run(() -> users.changeRole(account.id(), scope.role.getValue(), scope.organisationId(),
                    account.version()), new FieldMessages().on("role", scope.role).on("organisation", scope.organisation));
            if (done) {
                Feedback.success(changed(account, scope));
                close();
                onChanged.run();
            }
            return done;
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button(getTranslation("admin.dialog.cancel"), e -> close()), save);
    }

    /** "Sam Okafor is now force lead for Surrey Police." */
    private String changed(UserAccount account, RoleScopeFields scope) {
        String role = scope.role.getValue().label();
        if (Language.current() == Language.ENGLISH) {
            role = role.toLowerCase(Locale.UK);
        }
        return scope.organisation.getValue() == null || !scope.organisation.isVisible()
                ? getTranslation("admin.dialog.role-changed", account.displayName(), role)
                : getTranslation("admin.dialog.role-changed-for", account.displayName(), role,
                        scope.organisation.getValue().name());
    }
}
