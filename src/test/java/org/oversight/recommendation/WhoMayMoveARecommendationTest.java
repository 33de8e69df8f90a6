package org.oversight.recommendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.oversight.db.Tables.AUDIT_EVENT;
import static org.oversight.db.Tables.STATUS_CHANGE;

import java.util.Arrays;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.oversight.base.RuleViolationException;
import org.oversight.testsupport.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every transition by every kind of user, on an item addressed to a force (Surrey) and on one addressed to a national
 * body (the NPCC lead for CSE), both made by HMICFRS. Exactly the issuing watchdog makes watchdog moves and exactly
 * the recipient's lead makes recipient moves; everybody else is refused and nothing changes.
 */
@DatabaseTest
@Transactional
class WhoMayMoveARecommendationTest {

    enum Actor {
        ISSUING_WATCHDOG("hmicfrs"), OTHER_WATCHDOG("iopc"), SURREY_FORCE_LEAD("surrey"), OTHER_FORCE_LEAD("devon"),
        NATIONAL_LEAD("npcc.cse"), SURREY_CHIEF_OFFICER("chief.surrey"), ADMIN("admin");

        final String username;

        Actor(String username) {
            this.username = username;
        }
    }

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

    static Stream<Arguments> everyTransitionByEveryActorToEachKindOfRecipient() {
        return Stream.of("SURREY", "NPCC_CSE").flatMap(recipient -> Arrays.stream(Transition.values())
                .flatMap(t -> Arrays.stream(Actor.values()).map(a -> Arguments.of(t, a, recipient))));
    }

    @ParameterizedTest(name = "{0} by {1} on an item for {2}")
    @MethodSource("everyTransitionByEveryActorToEachKindOfRecipient")
    void onlyTheIssuingWatchdogOrTheRecipientMayMove(Transition t, Actor actor, String recipient) {
        SignIn.as(users, "hmicfrs");
        long item = items.itemFor(recipient);
        Status from = t.allowedFrom(Status.OPEN) ? Status.OPEN : Status.values()[firstFrom(t)];
        items.putInStatus(item, from);
        long historyBefore = historyCount(item);
        long auditBefore = auditCount(item);

        SignIn.as(users, actor.username);
        boolean allowed = actor == rightfulActor(t, recipient);
        boolean sees = switch (actor) {
            case ISSUING_WATCHDOG, OTHER_WATCHDOG, ADMIN -> true;
            case SURREY_FORCE_LEAD, SURREY_CHIEF_OFFICER -> recipient.equals("SURREY");
            case NATIONAL_LEAD -> recipient.equals("NPCC_CSE");
            case OTHER_FORCE_LEAD -> false;
        };

        if (sees) {
            assertThat(workflow.available(item).contains(t)).as("offered to " + actor).isEqualTo(allowed);
        } else {
            assertThatThrownBy(() -> workflow.available(item)).isInstanceOf(AccessDeniedException.class);
        }
        if (allowed) {
            Status to = workflow.apply(item, t, "Because the test says so", 0);
            Status expected = t == Transition.REOPEN ? Status.PLAN_AWAITED : t.to();
            assertThat(to).isEqualTo(expected);
            assertThat(items.statusOf(item)).isEqualTo(expected);
            assertThat(items.versionOf(item)).isEqualTo(1);
            assertThat(historyCount(item)).isEqualTo(historyBefore + 1);
            var last = dsl.select(STATUS_CHANGE.FROM_STATUS, STATUS_CHANGE.TO_STATUS, STATUS_CHANGE.REASON).from(STATUS_CHANGE)
                    .where(STATUS_CHANGE.TRACKED_RECOMMENDATION_ID.eq(item)).orderBy(STATUS_CHANGE.ID.desc()).limit(1).fetchOne();
            assertThat(last.value1()).isEqualTo(from);
            assertThat(last.value2()).isEqualTo(expected);
            assertThat(last.value3()).isEqualTo("Because the test says so");
            assertThat(auditCount(item)).isEqualTo(auditBefore + 1);
        } else {
            assertThatThrownBy(() -> workflow.apply(item, t, "Because the test says so", 0))
                    .isInstanceOf(AccessDeniedException.class);
            assertThat(items.statusOf(item)).isEqualTo(from);
            assertThat(items.versionOf(item)).isZero();
            assertThat(historyCount(item)).isEqualTo(historyBefore);
            assertThat(auditCount(item)).isEqualTo(auditBefore);
        }
    }

    static Stream<Arguments> everyAllowedMove() {
        return Arrays.stream(Transition.values()).flatMap(t -> Arrays.stream(Status.values())
                .filter(t::allowedFrom).map(s -> Arguments.of(t, s)));
    }

    @ParameterizedTest(name = "{0} from {1} by the rightful user")
    @MethodSource("everyAllowedMove")
    void theRightfulUserMovesFromEveryAllowedStatus(Transition t, Status from) {
        SignIn.as(users, "hmicfrs");
        long item = items.itemFor("SURREY");
        items.putInStatus(item, from);
        SignIn.as(users, rightfulActor(t, "SURREY").username);

        assertThat(workflow.available(item)).contains(t);
        Status to = workflow.apply(item, t, "A reason", 0);

        assertThat(to).isEqualTo(t == Transition.REOPEN ? Status.PLAN_AWAITED : t.to());
        assertThat(items.statusOf(item)).isEqualTo(to);
    }

    static Stream<Arguments> everyRefusedMove() {
        return Arrays.stream(Transition.values()).flatMap(t -> Arrays.stream(Status.values())
                .filter(s -> !t.allowedFrom(s)).map(s -> Arguments.of(t, s)));
    }

    @ParameterizedTest(name = "{0} is refused from {1}")
    @MethodSource("everyRefusedMove")
    void aMoveFromTheWrongStatusIsRefusedEvenForTheRightfulUser(Transition t, Status from) {
        SignIn.as(users, "hmicfrs");
        long item = items.itemFor("SURREY");
        items.putInStatus(item, from);
        long historyBefore = historyCount(item);
        SignIn.as(users, rightfulActor(t, "SURREY").username);

        assertThat(workflow.available(item)).doesNotContain(t);
        assertThatThrownBy(() -> workflow.apply(item, t, "A reason", 0))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining(t.label());
        assertThat(items.statusOf(item)).isEqualTo(from);
        assertThat(historyCount(item)).isEqualTo(historyBefore);
    }

    static Actor rightfulActor(Transition t, String recipient) {
        if (t.actor() == Transition.Actor.WATCHDOG) {
            return Actor.ISSUING_WATCHDOG;
        }
        return recipient.equals("SURREY") ? Actor.SURREY_FORCE_LEAD : Actor.NATIONAL_LEAD;
    }

    private static int firstFrom(Transition t) {
        for (Status s : Status.values()) {
            if (t.allowedFrom(s)) {
                return s.ordinal();
            }
        }
        throw new IllegalStateException(t + " has no starting status");
    }

    private long historyCount(long item) {
        return dsl.fetchCount(STATUS_CHANGE, STATUS_CHANGE.TRACKED_RECOMMENDATION_ID.eq(item));
    }

    private long auditCount(long item) {
        return dsl.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ENTITY_TYPE.eq("tracked_recommendation").and(AUDIT_EVENT.ENTITY_ID.eq(item)));
    }
}
