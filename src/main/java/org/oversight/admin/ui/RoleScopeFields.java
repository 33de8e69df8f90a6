package org.oversight.admin.ui;

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

    final ComboBox<Role> role = new ComboBox<>("Role");
    final ComboBox<OrganisationChoice> organisation = new ComboBox<>("Acts for");

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
                case WATCHDOG -> "The watchdog whose reports this person records and verifies.";
                case FORCE_LEAD -> "The force whose recommendations this person answers.";
                case CHIEF_OFFICER -> "The force whose progress this person follows.";
                case NATIONAL_LEAD -> "The national body whose recommendations this person answers.";
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
