package org.oversight.security;

import org.oversight.base.i18n.Messages;

/** What a signed-in person is; every role but ADMIN is scoped to one organisation. */
public enum Role {
    ADMIN,
    WATCHDOG,
    FORCE_LEAD,
    NATIONAL_LEAD,
    CHIEF_OFFICER;

    /** Names for @RolesAllowed, which needs compile-time constants. */
    public static final String ADMIN_NAME = "ADMIN";
    public static final String WATCHDOG_NAME = "WATCHDOG";
    public static final String FORCE_LEAD_NAME = "FORCE_LEAD";
    public static final String NATIONAL_LEAD_NAME = "NATIONAL_LEAD";
    public static final String CHIEF_OFFICER_NAME = "CHIEF_OFFICER";

    /** "Force lead", in the reader's language. */
    public String label() {
        return switch (this) {
            case ADMIN -> Messages.t("security.role.admin");
            case WATCHDOG -> Messages.t("security.role.watchdog");
            case FORCE_LEAD -> Messages.t("security.role.force-lead");
            case NATIONAL_LEAD -> Messages.t("security.role.national-lead");
            case CHIEF_OFFICER -> Messages.t("security.role.chief-officer");
        };
    }

    public String authority() {
        return "ROLE_" + name();
    }

    /** The kind of organisation (organisation.kind) a person with this role acts for; null for ADMIN, who acts for none. */
    public String organisationKind() {
        return switch (this) {
            case ADMIN -> null;
            case WATCHDOG -> "WATCHDOG";
            case FORCE_LEAD, CHIEF_OFFICER -> "FORCE";
            case NATIONAL_LEAD -> "NATIONAL_BODY";
        };
    }

    /** Force and national leads answer recommendations addressed to their organisation. */
    public boolean answersRecommendations() {
        return this == FORCE_LEAD || this == NATIONAL_LEAD;
    }
}
