package org.oversight.admin.ui;

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
        setHeaderTitle("Change role of " + account.displayName());
        RoleScopeFields scope = new RoleScopeFields(users);
        scope.set(account.role(), account.organisationId());
        Paragraph note = new Paragraph("If " + account.displayName() + " is signed in, they are signed out and sign in again "
                + "with the new role.");
        note.addClassName("dialog-note");
        add(new FormLayout(scope.role, scope.organisation), note);

        Button save = Submit.button("Change role", () -> {
            if (scope.role.getValue() == null) {
                scope.role.setErrorMessage("Choose a role.");
                scope.role.setInvalid(true);
                return false;
            }
            boolean done = Feedback.run(() -> users.changeRole(account.id(), scope.role.getValue(), scope.organisationId(),
                    account.version()), new FieldMessages().on("role", scope.role).on("organisation", scope.organisation));
            if (done) {
                Feedback.success(account.displayName() + " is now " + scope.role.getValue().label().toLowerCase(java.util.Locale.UK)
                        + (scope.organisation.getValue() == null || !scope.organisation.isVisible() ? "" : " for " + scope.organisation.getValue().name()) + ".");
                close();
                onChanged.run();
            }
            return done;
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button("Cancel", e -> close()), save);
    }
}
