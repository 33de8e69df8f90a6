package org.oversight.actionplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.oversight.db.Tables.AUDIT_EVENT;
import static org.oversight.db.Tables.HANDOFF;
import static org.oversight.db.Tables.INBOX_ENTRY;
import static org.oversight.db.Tables.PLAN_COMMENT;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.oversight.base.InvalidInputException;
import org.oversight.base.SubmissionKey;
import org.oversight.recommendation.HandoffKind;
import org.oversight.testsupport.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

@DatabaseTest
@Transactional
@WithUserDetails("hmicfrs")
class WatchdogAndForceTalkOnAPlanTest {

    @Autowired PlanCommentService comments;
    @Autowired PlanPages pages;
    @Autowired PlanFixtures fx;
    @Autowired DSLContext dsl;

    @Test
    void aQuestionFromTheWatchdogReachesTheForcesInboxAndTheAnswerComesBack() {
        long planId = fx.plan(PlanFixtures.SURREY_CONTACT_MANAGEMENT, "SURREY");
        long afi = fx.item(PlanFixtures.SURREY_CONTACT_MANAGEMENT, "AFI 1", "SURREY");

        long question = comments.comment(planId, afi, "Who signs off the checklist <script>alert(1)</script>?", SubmissionKey.fresh());
        assertThat(inboxOf("surrey", HandoffKind.COMMENT_TO_RECIPIENT)).isEqualTo(1);

        fx.signIn("surrey");
        comments.comment(planId, null, "  The Head of Contact Centre.\u00a0", SubmissionKey.fresh());
        assertThat(inboxOf("hmicfrs", HandoffKind.COMMENT_TO_WATCHDOG)).isEqualTo(1);

        assertThat(comments.comments(planId)).extracting(PlanComment::body, PlanComment::itemNumber, PlanComment::authorOrganisation)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Who signs off the checklist <script>alert(1)</script>?", "AFI 1",
                                "His Majesty's Inspectorate of Constabulary and Fire & Rescue Services"),
                        org.assertj.core.groups.Tuple.tuple("The Head of Contact Centre.", null, "Surrey Police"));
        assertThat(dsl.fetchExists(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("PLAN_COMMENTED").and(AUDIT_EVENT.ENTITY_ID.eq(question)))).isTrue();
        PlanPage page = pages.page(planId);
        assertThat(page.comments()).as("the plan page shows the same conversation").isEqualTo(comments.comments(planId));
        assertThat(page.mayComment()).as("the force's lead writes on the page").isTrue();
    }

    @Test
    void blankCommentsAreRefusedWhateverTheInvisibleCharacters() {
        long planId = fx.plan(PlanFixtures.SURREY_CONTACT_MANAGEMENT, "SURREY");
        for (String blank : new String[] {"", "   ", "\u00a0\u00a0", "\u200b\u200b", "\n\t\u2060"}) {
            assertThatThrownBy(() -> comments.comment(planId, null, blank, SubmissionKey.fresh()))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldMessages())
                            .containsEntry("comment", "Write your comment before you send it."));
        }
        assertThat(dsl.fetchCount(PLAN_COMMENT, PLAN_COMMENT.PLAN_ID.eq(planId))).isZero();
    }

    @Test
    void anOverlongCommentIsRefusedWithItsLength() {
        long planId = fx.plan(PlanFixtures.SURREY_CONTACT_MANAGEMENT, "SURREY");
        assertThatThrownBy(() -> comments.comment(planId, null, "x".repeat(2001), SubmissionKey.fresh()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldMessages())
                        .containsEntry("comment", "Keep a comment to 2000 characters or fewer (it has 2001)."));
    }

    @Test
    void aDoubleClickSavesOnce() {
        long planId = fx.plan(PlanFixtures.SURREY_CONTACT_MANAGEMENT, "SURREY");
        SubmissionKey key = SubmissionKey.fresh();
        long first = comments.comment(planId, null, "Please add dates.", key);
        assertThat(comments.comment(planId, null, "Please add dates.", key)).isEqualTo(first);
        assertThat(dsl.fetchCount(PLAN_COMMENT, PLAN_COMMENT.PLAN_ID.eq(planId))).isEqualTo(1);
    }

    @Test
    void anotherForceAndAnotherWatchdogCannotWrite() {
        long planId = fx.plan(PlanFixtures.SURREY_CONTACT_MANAGEMENT, "SURREY");
        assertThat(pages.page(planId).mayComment()).as("the issuing watchdog writes on the page").isTrue();
        fx.signIn("iopc");
        assertThat(comments.mayComment(planId)).isFalse();
        assertThat(pages.page(planId).mayComment()).as("another watchdog reads the page only").isFalse();
        assertThatThrownBy(() -> comments.comment(planId, null, "Hello", SubmissionKey.fresh())).isInstanceOf(AccessDeniedException.class);
        fx.signIn("devon");
        assertThatThrownBy(() -> comments.comment(planId, null, "Hello", SubmissionKey.fresh())).isInstanceOf(AccessDeniedException.class);
        fx.signIn("chief.surrey");
        assertThat(comments.mayComment(planId)).as("the chief officer reads the conversation only").isFalse();
        assertThat(pages.page(planId).mayComment()).as("so does the chief officer's plan page").isFalse();
        assertThat(comments.comments(planId)).isEmpty();
    }

    private int inboxOf(String username, HandoffKind kind) {
        return dsl.fetchCount(INBOX_ENTRY.join(HANDOFF).on(HANDOFF.ID.eq(INBOX_ENTRY.HANDOFF_ID)),
                INBOX_ENTRY.USER_ID.eq(fx.userId(username)).and(HANDOFF.KIND.eq(kind.name())));
    }
}
