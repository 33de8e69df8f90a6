package org.oversight.actionplan.internal;

import static org.oversight.db.Tables.APP_USER;
import static org.oversight.db.Tables.ORGANISATION;
import static org.oversight.db.Tables.PLAN_COMMENT;
import static org.oversight.db.Tables.RECOMMENDATION;
import static org.oversight.db.Tables.TRACKED_RECOMMENDATION;

import java.time.OffsetDateTime;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.oversight.actionplan.PlanComment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** plan_comment: the conversation on a plan, oldest first. */
@Component
public class JooqCommentRepository {

    private final DSLContext dsl;

    JooqCommentRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<PlanComment> comments(long planId) {
        return dsl.select(PLAN_COMMENT.ID, PLAN_COMMENT.TRACKED_ID, RECOMMENDATION.NUMBER, APP_USER.DISPLAY_NAME,
                        ORGANISATION.NAME, PLAN_COMMENT.BODY, PLAN_COMMENT.CREATED_AT)
                .from(PLAN_COMMENT).join(APP_USER).on(APP_USER.ID.eq(PLAN_COMMENT.AUTHOR_ID))
                .leftJoin(ORGANISATION).on(ORGANISATION.ID.eq(APP_USER.ORGANISATION_ID))
                .leftJoin(TRACKED_RECOMMENDATION).on(TRACKED_RECOMMENDATION.ID.eq(PLAN_COMMENT.TRACKED_ID))
                .leftJoin(RECOMMENDATION).on(RECOMMENDATION.ID.eq(TRACKED_RECOMMENDATION.RECOMMENDATION_ID))
                .where(PLAN_COMMENT.PLAN_ID.eq(planId))
                .orderBy(PLAN_COMMENT.CREATED_AT, PLAN_COMMENT.ID)
                .fetch(Records.mapping(PlanComment::new));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public long insert(long planId, Long trackedId, long authorId, String body, OffsetDateTime at) {
        return dsl.insertInto(PLAN_COMMENT)
                .set(PLAN_COMMENT.PLAN_ID, planId)
                .set(PLAN_COMMENT.TRACKED_ID, trackedId)
                .set(PLAN_COMMENT.AUTHOR_ID, authorId)
                .set(PLAN_COMMENT.BODY, body)
                .set(PLAN_COMMENT.CREATED_AT, at)
                .returning(PLAN_COMMENT.ID).fetchSingle(PLAN_COMMENT.ID);
    }
}
