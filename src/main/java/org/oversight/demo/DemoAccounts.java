package org.oversight.demo;

import java.util.List;
import org.oversight.security.Role;

/** The demo accounts, all with the password "demo"; shown on the login page while demo mode is on. */
public final class DemoAccounts {

    public static final String PASSWORD = "demo";

    public static final List<Account> ALL = List.of(
            new Account("admin", "Alex Admin", Role.ADMIN, null, null),
            new Account("hmicfrs", "Hannah Inspector", Role.WATCHDOG, "HMICFRS", "HMICFRS"),
            new Account("iopc", "Ian Caseworker", Role.WATCHDOG, "IOPC", "IOPC"),
            new Account("surrey", "Sam Okafor", Role.FORCE_LEAD, "SURREY", "Surrey Police"),
            new Account("devon", "Dana Pengelly", Role.FORCE_LEAD, "DEVON_CORNWALL", "Devon and Cornwall Police"),
            new Account("chief.surrey", "Chief Constable, Surrey", Role.CHIEF_OFFICER, "SURREY", "Surrey Police"),
            new Account("npcc.cse", "NPCC CSE lead's staff officer", Role.NATIONAL_LEAD, "NPCC_CSE", "NPCC CSE lead"));

    private DemoAccounts() {
    }

    /**
     * @param organisationCode null for ADMIN
     * @param actsFor          how the login page names the organisation (its short name in the reference data)
     */
    public record Account(String username, String displayName, Role role, String organisationCode, String actsFor) {
        public String email() {
            return username + "@demo.oversight.invalid";
        }
    }
}
