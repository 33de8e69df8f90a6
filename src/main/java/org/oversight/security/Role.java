package org.oversight.security;

/** What a signed-in person is; every role but ADMIN is scoped to one organisation. */
public enum Role {
    ADMIN("Administrator"),
    WATCHDOG("Watchdog staff"),
    FORCE_LEAD("Force lead"),
    NATIONAL_LEAD("National lead"),
    CHIEF_OFFICER("Chief officer");

    /** Names for @RolesAllowed, which needs compile-time constants. */
    public static final String ADMIN_NAME = "ADMIN";
    public static final String WATCHDOG_NAME = "WATCHDOG";
    public static final String FORCE_LEAD_NAME = "FORCE_LEAD";
    public static final String NATIONAL_LEAD_NAME = "NATIONAL_LEAD";
    public static final String CHIEF_OFFICER_NAME = "CHIEF_OFFICER";

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
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
