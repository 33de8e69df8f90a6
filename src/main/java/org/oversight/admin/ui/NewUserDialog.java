package org.oversight.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import org.oversight.admin.AdminUserService;
import org.oversight.admin.NewUser;
import org.oversight.base.ui.Feedback;
import org.oversight.base.ui.FieldMessages;
import org.oversight.base.ui.Submit;
import org.oversight.security.PasswordPolicy;
import org.oversight.security.Role;

/** Creates an account: who, their role and the organisation they act for, and a first password. */
class NewUserDialog extends Dialog {

    private final TextField username = new TextField(getTranslation("admin.dialog.user-name"));
    private final TextField displayName = new TextField(getTranslation("admin.users.name"));
    private final TextField email = new TextField(getTranslation("admin.dialog.email"));
    private final PasswordField password = new PasswordField(getTranslation("admin.dialog.first-password"));
    private final RoleScopeFields scope;
    private final Binder<Draft> binder = new Binder<>();

    NewUserDialog(AdminUserService users, Runnable onCreated) {
        setHeaderTitle(getTranslation("admin.dialog.new-user"));
        scope = new RoleScopeFields(users);
        username.setHelperText(getTranslation("admin.dialog.user-name-hint"));
        username.setMaxLength(60);
        displayName.setMaxLength(120);
        email.setMaxLength(200);
        password.setHelperText(getTranslation("admin.dialog.first-password-hint", String.valueOf(PasswordPolicy.MIN_LENGTH)));
        password.setMaxLength(PasswordPolicy.MAX_LENGTH);

        binder.forField(username).asRequired(getTranslation("admin.check.enter-user-name")).bind(Draft::getUsername, Draft::setUsername);
        binder.forField(displayName).asRequired(getTranslation("admin.check.enter-name"))
                .bind(Draft::getDisplayName, Draft::setDisplayName);
        binder.forField(email).asRequired(getTranslation("admin.check.enter-email"))
                .bind(Draft::getEmail, Draft::setEmail);
        binder.forField(scope.role).asRequired(getTranslation("admin.check.choose-role")).bind(Draft::getRole, Draft::setRole);
        binder.forField(password).asRequired(getTranslation("admin.dialog.enter-password")).bind(Draft::getPassword, Draft::setPassword);

        FormLayout form = new FormLayout(username, displayName, email, scope.role, scope.organisation, password);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        add(form);

        Button create = Submit.button(getTranslation("admin.dialog.create"), () -> {
            Draft draft = new Draft();
            if (!binder.writeBeanIfValid(draft)) {
                return false;
            }
            NewUser user = new NewUser(draft.getUsername(), draft.getDisplayName(), draft.getEmail(), draft.getRole(),
                    scope.organisationId(), draft.getPassword());
            if (!Feedback.run(() -> users.create(user), fieldMessages())) {
                return false;
            }
            Feedback.success(getTranslation("admin.dialog.created", user.username().strip()));
            close();
            onCreated.run();
            return true;
        });
        create.addThemeVariants(ButtonVariant.PRIMARY);
        Button cancel = new Button(getTranslation("admin.dialog.cancel"), e -> close());
        getFooter().add(cancel, create);
    }

    private FieldMessages fieldMessages() {
        return new FieldMessages().on("username", username).on("displayName", displayName).on("email", email)
                .on("role", scope.role).on("organisation", scope.organisation).on("password", password);
    }

    /** The form's working copy. */
    static final class Draft {
        private String username;
        private String displayName;
        private String email;
        private Role role;
        private String password;

        String getUsername() { return username; }
        void setUsername(String v) { username = v; }
        String getDisplayName() { return displayName; }
        void setDisplayName(String v) { displayName = v; }
        String getEmail() { return email; }
        void setEmail(String v) { email = v; }
        Role getRole() { return role; }
        void setRole(Role v) { role = v; }
        String getPassword() { return password; }
        void setPassword(String v) { password = v; }
    }
}
