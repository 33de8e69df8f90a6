package org.oversight.admin.ui;

import org.oversight.base.i18n.Messages;
import com.vaadin.flow.component.combobox.ComboBox;
import java.util.List;
import org.oversight.admin.AdminUserService;
import org.oversight.admin.OrganisationChoice;
import org.oversight.security.Role;

/**
 * A role and the organisation it acts for, together: choosing a role offers only the organisations of the matching
 * kind (watchdog staff a watchdog, force leads and chief officers a force, national leads a national body) and hides
 * the organisation for administrators, who act for none.
 */
class RoleScopeFields {

    final ComboBox<Role> role = new ComboBox<>(Messages.t("admin.users.role"));
    final ComboBox<OrganisationChoice> organisation = new ComboBox<>(Messages.t("admin.users.acts-for"));

    RoleScopeFields(AdminUserService users) {
        role.setItems(Role.values());
        role.setItemLabelGenerator(Role::label);
        organisation.setItemLabelGenerator(OrganisationChoice::name);
        organisation.setVisible(false);
        role.addValueChangeListener(e -> {
            Role chosen = e.getValue();
            List<OrganisationChoice> choices = users.organisationsFor(chosen);
            OrganisationChoice kept = organisation.getValue();
            organisation.setItems(choices);
            organisation.setValue(kept != null && choices.contains(kept) ? kept : null);
            organisation.setVisible(chosen != null && chosen != Role.ADMIN);
            organisation.setHelperText(chosen == null ? null : switch (chosen) {
                case WATCHDOG -> Messages.t("admin.scope.watchdog");
                case FORCE_LEAD -> Messages.t("admin.scope.force-lead");
                case CHIEF_OFFICER -> Messages.t("admin.scope.chief-officer");
                case NATIONAL_LEAD -> Messages.t("admin.scope.national-lead");
                case ADMIN -> null;
            });
        });
    }

    void set(Role r, Long organisationId) {
        role.setValue(r);
        organisation.getListDataView().getItems().filter(o -> organisationId != null && o.id() == organisationId)
                .findFirst().ifPresent(organisation::setValue);
    }

    Long organisationId() {
        return organisation.getValue() == null ? null : organisation.getValue().id();
    }
}
