package org.oversight.actionplan;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.oversight.actionplan.internal.JooqCommentRepository;
import org.oversight.actionplan.internal.JooqPlanQuery;
import org.oversight.actionplan.internal.PlanRow;
import org.oversight.audit.AuditLog;
import org.oversight.base.InvalidInputException;
import org.oversight.base.SubmissionKey;
import org.oversight.base.Submissions;
import org.oversight.base.Text;
import org.oversight.base.i18n.Messages;
import org.oversight.recommendation.Handoff;
import org.oversight.recommendation.HandoffKind;
import org.oversight.security.CurrentUser;
import org.oversight.security.SignedInUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The conversation between the issuing watchdog and the recipient on a plan or one of its items, so that questions
 * stay with the plan rather than in private e-mail. Everyone who may read the plan reads it; its leads and the
 * issuing watchdog's staff write in it. Each comment is audited and lands in the other side's inbox.
 */
@Service
@Transactional
public class PlanCommentService {

    public static final int MAX_COMMENT = 2000;

    private final JooqCommentRepository comments;
    private final JooqPlanQuery query;
    private final PlanRules rules;
    private final Submissions submissions;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PlanCommentService(JooqCommentRepository comments, JooqPlanQuery query, PlanRules rules, Submissions submissions,
                       CurrentUser currentUser, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.comments = comments;
        this.query = query;
        this.rules = rules;
        this.submissions = submissions;
        this.currentUser = currentUser;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<PlanComment> comments(long planId) {
        return comments(rules.readablePlan(currentUser.require(), planId));
    }

    /** As {@link #comments(long)}, for a plan the user was already found to read ({@link PlanPages}). */
    List<PlanComment> comments(PlanRow plan) {
        return comments.comments(plan.id());
    }

    /** Whether the signed-in user may write in the plan's conversation. */
    @Transactional(readOnly = true)
    public boolean mayComment(long planId) {
        SignedInUser user = currentUser.require();
        return PlanRules.mayComment(user, rules.readablePlan(user, planId));
    }

    /**
     * @param trackedId the item the comment is about, or null for the whole plan
     * @return the comment's id (the first one's, if the same form is sent twice)
     */
    public long comment(long planId, Long trackedId, String body, SubmissionKey key) {
        SignedInUser user = currentUser.require();
        PlanRow plan = rules.readablePlan(user, planId);
        if (!PlanRules.mayComment(user, plan)) {
            throw new AccessDeniedException(Messages.t("actionplan.comment.who-may-write"));
        }
        Map<String, String> errors = new LinkedHashMap<>();
        String clean = Text.clean(body);
        if (clean.isEmpty()) {
            errors.put("comment", Messages.t("actionplan.comment.empty"));
        } else if (clean.length() > MAX_COMMENT) {
            errors.put("comment", Text.tooLong(Messages.t("actionplan.comment.a-comment"), MAX_COMMENT, clean));
        }
        if (trackedId != null && query.items(plan.reportId(), plan.organisationId()).stream().noneMatch(i -> i.trackedId() == trackedId)) {
            errors.put("about", Messages.t("actionplan.comment.about"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return submissions.once(key, "plan_comment", user.id(), () -> {
            long id = comments.insert(planId, trackedId, user.id(), clean, OffsetDateTime.now(clock));
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("planId", planId);
            if (trackedId != null) {
                after.put("trackedId", trackedId);
            }
            after.put("body", clean);
            audit.record("PLAN_COMMENTED", "plan_comment", id, null, after);
            boolean lead = PlanRules.isLead(user, plan.organisationId());
            events.publishEvent(new Handoff(lead ? HandoffKind.COMMENT_TO_WATCHDOG : HandoffKind.COMMENT_TO_RECIPIENT,
                    user.id(), planId, trackedId, clean, null, null, null));
            return id;
        });
    }
}
