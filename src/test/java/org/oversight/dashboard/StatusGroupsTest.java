package org.oversight.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.oversight.recommendation.Status;

/** Decision 0137: every status has a group, overdue wins over the open ones, and a closed item is never overdue. */
class StatusGroupsTest {

    @Test
    void everyStatusHasItsGroup() {
        for (Status status : Status.values()) {
            var group = StatusGroups.of(status, false);
            assertThat(StatusGroups.ALL).as(status.name()).contains(group);
            assertThat(group.isOpen()).as(status.name()).isEqualTo(!status.isClosed());
            assertThat(StatusGroups.of(status, true)).as(status.name() + ", past its date")
                    .isEqualTo(status.isClosed() ? group : StatusGroups.OVERDUE);
        }
        assertThat(StatusGroups.of(Status.PLAN_SUBMITTED, false)).isEqualTo(StatusGroups.AWAITING_PLAN);
        assertThat(StatusGroups.of(Status.IN_PROGRESS, false)).isEqualTo(StatusGroups.IN_PROGRESS);
        assertThat(StatusGroups.of(Status.REPORTED_COMPLETE, false)).isEqualTo(StatusGroups.REPORTED_COMPLETE);
        assertThat(StatusGroups.of(Status.VERIFIED_IMPLEMENTED, false)).isEqualTo(StatusGroups.VERIFIED);
        assertThat(StatusGroups.of(Status.SUPERSEDED, false)).isEqualTo(StatusGroups.CLOSED_UNVERIFIED);
        assertThat(StatusGroups.of(Status.NO_FURTHER_ACTION, false)).isEqualTo(StatusGroups.CLOSED_UNVERIFIED);
        assertThat(StatusGroups.of(Status.CLOSED_NOT_IMPLEMENTED, false)).isEqualTo(StatusGroups.CLOSED_UNVERIFIED);
    }
}
