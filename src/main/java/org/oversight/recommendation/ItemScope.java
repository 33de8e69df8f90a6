package org.oversight.recommendation;

import static org.oversight.db.Tables.TRACKED_RECOMMENDATION;

import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.oversight.security.SignedInUser;

/**
 * Which tracked items a user may read: every organisation's, or one organisation's. Watchdog staff and
 * administrators read every item (a watchdog reads other watchdogs' registers but edits only its own reports), and
 * so does a system job such as the reminders; force leads and chief officers read their force's items, national
 * leads their body's. The same rule covers what hangs off an organisation's items: its action plans, their
 * evidence, and which reports it sees.
 *
 * <p>This is the one place the rule is written. Every read query takes an {@code ItemScope} and adds
 * {@link #items()} or {@link #organisation(Field)} itself, so no view can widen it; services check one row with
 * {@link #includes(long)}; views ask their service for the user's scope instead of testing roles.
 *
 * @param organisationId the one organisation whose items are in scope, or null for every organisation's
 */
public record ItemScope(Long organisationId) {

    private static final ItemScope EVERYTHING = new ItemScope(null);

    /** The signed-in user's scope. */
    public static ItemScope of(SignedInUser user) {
        return switch (user.role()) {
            case ADMIN, WATCHDOG -> EVERYTHING;
            case FORCE_LEAD, NATIONAL_LEAD, CHIEF_OFFICER -> {
                if (user.organisationId() == null) {
                    // a scoped role must never fall back to "every organisation"; the schema forbids this anyway
                    throw new IllegalStateException(user + " has no organisation to be scoped to.");
                }
                yield new ItemScope(user.organisationId());
            }
        };
    }

    /** Every organisation's items, for system jobs (the reminders) that work out whom each item concerns. */
    public static ItemScope everything() {
        return EVERYTHING;
    }

    /** Whether every organisation's items are in scope (watchdog staff, administrators, system jobs). */
    public boolean seesEveryOrganisation() {
        return organisationId == null;
    }

    /** Whether the items (plans, evidence) of the given recipient organisation are in scope. */
    public boolean includes(long organisationId) {
        return this.organisationId == null || this.organisationId == organisationId;
    }

    /** The scope as a condition on TRACKED_RECOMMENDATION, for queries of items. */
    public Condition items() {
        return organisation(TRACKED_RECOMMENDATION.RECIPIENT_ID);
    }

    /**
     * The scope as a condition on a column holding a recipient organisation's id: an action plan's organisation, an
     * item's recipient reached through another alias.
     */
    public Condition organisation(Field<Long> organisationId) {
        return this.organisationId == null ? DSL.trueCondition() : organisationId.eq(this.organisationId);
    }
}
