package org.oversight.admin;

/** An organisation an account may act for. */
public record OrganisationChoice(long id, String name) {
}
