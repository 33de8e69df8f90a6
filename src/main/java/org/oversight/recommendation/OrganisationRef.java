package org.oversight.recommendation;

/** A watchdog, force or national body as lists and pickers show it. */
public record OrganisationRef(long id, String code, String name, String shortName, Kind kind) {

    public enum Kind { WATCHDOG, FORCE, NATIONAL_BODY }

    /** Forces and national bodies receive recommendations; watchdogs make them. */
    public boolean isRecipient() {
        return kind == Kind.FORCE || kind == Kind.NATIONAL_BODY;
    }
}
