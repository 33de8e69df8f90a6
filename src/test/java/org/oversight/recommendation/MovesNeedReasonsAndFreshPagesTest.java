package org.oversight.recommendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.oversight.db.Tables.STATUS_CHANGE;
import static org.oversight.db.Tables.TRACKED_RECOMMENDATION;

import java.util.Arrays;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.oversight.base.ConcurrentEditException;
import org.oversight.base.InvalidInputException;
import org.oversight.testsupport.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

/** Returning, closing, reopening and claiming completion need a reason; a move on a page that is out of date is refused. */
@DatabaseTest
@Transactional
class MovesNeedReasonsAndFreshPagesTest {

    @Autowired
    RecommendationWorkflow workflow;
    @Autowired
    FreshItems items;
    @Autowired
    UserDetailsService users;
    @Autowired
    DSLContext dsl;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    static Stream<Transition> movesThatNeedAReason() {
        return Arrays.stream(Transition.values()).filter(Transition::reasonRequired);
    }

    @Test
    void theMovesThatNeedAReasonAreReturningClosingReopeningAndClaimingCompletion() {
        assertThat(movesThatNeedAReason()).containsExactlyInAnyOrder(Transition.RETURN_PLAN, Transition.CLAIM_COMPLETE,
                Transition.RETURN_CLAIM, Transition.CLOSE_NOT_IMPLEMENTED, Transition.CLOSE_NO_FURTHER_ACTION,
                Transition.SUPERSEDE, Transition.REOPEN);
    }

    @ParameterizedTest(name = "{0} without a reason is refused")
    @MethodSource("movesThatNeedAReason")
    void aMoveThatNeedsAReasonIsRefusedWithoutOne(Transition t) {
        long item = itemReadyFor(t);
        for (String blank : new String[] {null, "", "   \n "}) {
            assertThatThrownBy(() -> workflow.apply(item, t, blank, 0))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.fieldMessages()).containsKey("reason"));
        }
        assertThat(items.versionOf(item)).isZero();
        assertThat(dsl.fetchCount(STATUS_CHANGE, STATUS_CHANGE.TRACKED_RECOMMENDATION_ID.eq(item))).isEqualTo(1);
    }

    @Test
    void theCompletionSummaryIsKeptOnTheItem() {
        long item = itemReadyFor(Transition.CLAIM_COMPLETE);

        workflow.apply(item, Transition.CLAIM_COMPLETE, "  All staff trained; audit attached.  ", 0);

        assertThat(dsl.select(TRACKED_RECOMMENDATION.COMPLETION_SUMMARY).from(TRACKED_RECOMMENDATION)
                .where(TRACKED_RECOMMENDATION.ID.eq(item)).fetchSingle().value1()).isEqualTo("All staff trained; audit attached.");
    }

    @ParameterizedTest(name = "a move with version {0} when the item is at 0 is refused")
    @ValueSource(ints = {1, -1, 7})
    void aMoveOnAnOutOfDateVersionIsRefused(int staleVersion) {
        SignIn.as(users, "hmicfrs");
        long item = items.itemFor("SURREY");

        assertThatThrownBy(() -> workflow.apply(item, Transition.REQUEST_PLAN, null, staleVersion))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(items.statusOf(item)).isEqualTo(Status.OPEN);
    }

    @Test
    void aSecondUserActingOnThePageTheyLoadedEarlierIsToldWhoChangedItFirst() {
        SignIn.as(users, "hmicfrs");
        long item = items.itemFor("SURREY");
        int seenByBoth = items.versionOf(item);
        workflow.apply(item, Transition.REQUEST_PLAN, null, seenByBoth);
        SignIn.as(users, "surrey");

        assertThatThrownBy(() -> workflow.apply(item, Transition.SUBMIT_PLAN, null, seenByBoth))
                .isInstanceOf(ConcurrentEditException.class)
                .hasMessageContaining("changed by")
                .hasMessageContaining("Reload");
        assertThat(items.statusOf(item)).isEqualTo(Status.PLAN_AWAITED);
    }

    @Test
    void reopeningAnItemWhosePlanWasAcceptedPutsItBackInProgress() {
        SignIn.as(users, "hmicfrs");
        long item = items.itemFor("SURREY");
        workflow.apply(item, Transition.REQUEST_PLAN, null, 0);
        SignIn.as(users, "surrey");
        workflow.apply(item, Transition.SUBMIT_PLAN, null, 1);
        SignIn.as(users, "hmicfrs");
        workflow.apply(item, Transition.ACCEPT_PLAN, null, 2);
        workflow.apply(item, Transition.CLOSE_NO_FURTHER_ACTION, "Overtaken by the national programme", 3);

        assertThat(workflow.apply(item, Transition.REOPEN, "The national programme was cancelled", 4)).isEqualTo(Status.IN_PROGRESS);
        assertThat(dsl.select(TRACKED_RECOMMENDATION.REOPEN_COUNT, TRACKED_RECOMMENDATION.CLOSED_ON).from(TRACKED_RECOMMENDATION)
                .where(TRACKED_RECOMMENDATION.ID.eq(item)).fetchSingle().value1()).isEqualTo(1);
    }

    /** A new Surrey item in the first status the move starts from, with its rightful user signed in. */
    private long itemReadyFor(Transition t) {
        SignIn.as(users, "hmicfrs");
        long item = items.itemFor("SURREY");
        Status from = Arrays.stream(Status.values()).filter(t::allowedFrom).findFirst().orElseThrow();
        items.putInStatus(item, from);
        SignIn.as(users, t.actor() == Transition.Actor.WATCHDOG ? "hmicfrs" : "surrey");
        return item;
    }
}
