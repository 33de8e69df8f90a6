package org.oversight.recommendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.oversight.db.Tables.ACTION_PLAN;
import static org.oversight.db.Tables.TRACKED_RECOMMENDATION;

import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.oversight.security.Role;
import org.oversight.security.SignedInUser;

/** Which items each role may read, decided by {@link ItemScope} alone (no database). */
class ItemScopeTest {

    private static final long HMICFRS = 1;
    private static final long SURREY = 10;
    private static final long KENT = 11;
    private static final long COLLEGE = 20;

    @Test
    void anAdministratorSeesEveryOrganisation() {
        assertSeesEverything(ItemScope.of(user(Role.ADMIN, null)));
    }

    @Test
    void watchdogStaffSeeEveryOrganisationNotOnlyTheirOwnWatchdogs() {
        assertSeesEverything(ItemScope.of(user(Role.WATCHDOG, HMICFRS)));
    }

    @Test
    void theReminderJobSeesEverything() {
        assertSeesEverything(ItemScope.everything());
    }

    @Test
    void aForceLeadSeesTheirForceOnly() {
        assertSeesOnly(ItemScope.of(user(Role.FORCE_LEAD, SURREY)), SURREY, KENT);
    }

    @Test
    void aChiefOfficerSeesTheirForceOnly() {
        assertSeesOnly(ItemScope.of(user(Role.CHIEF_OFFICER, SURREY)), SURREY, KENT);
    }

    @Test
    void aNationalLeadSeesTheirBodyOnly() {
        assertSeesOnly(ItemScope.of(user(Role.NATIONAL_LEAD, COLLEGE)), COLLEGE, SURREY);
    }

    @Test
    void aScopedRoleWithoutAnOrganisationIsRefusedRatherThanWidened() {
        assertThatThrownBy(() -> ItemScope.of(user(Role.FORCE_LEAD, null))).isInstanceOf(IllegalStateException.class);
    }

    private static void assertSeesEverything(ItemScope scope) {
        assertThat(scope.seesEveryOrganisation()).isTrue();
        assertThat(scope.includes(SURREY)).isTrue();
        assertThat(scope.includes(KENT)).isTrue();
        assertThat(scope.includes(COLLEGE)).isTrue();
        assertThat(scope.items()).isEqualTo(DSL.trueCondition());
        assertThat(scope.organisation(ACTION_PLAN.ORGANISATION_ID)).isEqualTo(DSL.trueCondition());
    }

    private static void assertSeesOnly(ItemScope scope, long own, long other) {
        assertThat(scope.seesEveryOrganisation()).isFalse();
        assertThat(scope.includes(own)).isTrue();
        assertThat(scope.includes(other)).isFalse();
        assertThat(scope.includes(HMICFRS)).isFalse();
        assertThat(scope.items()).isEqualTo(TRACKED_RECOMMENDATION.RECIPIENT_ID.eq(own));
        assertThat(scope.organisation(ACTION_PLAN.ORGANISATION_ID)).isEqualTo(ACTION_PLAN.ORGANISATION_ID.eq(own));
    }

    private static SignedInUser user(Role role, Long organisationId) {
        return new SignedInUser(1, role.name().toLowerCase(), "Someone", role, organisationId,
                organisationId == null ? null : "Organisation " + organisationId, "hash", true, false);
    }
}
