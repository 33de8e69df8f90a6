package org.oversight.outcome;

import org.oversight.base.i18n.Messages;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.oversight.base.InvalidInputException;
import org.oversight.base.RuleViolationException;
import org.oversight.base.SubmissionKey;
import org.oversight.base.Submissions;
import org.oversight.base.Text;
import org.oversight.deadline.DeadlineService;
import org.oversight.outcome.NationalRecommendation.Recipient;
import org.oversight.outcome.internal.JooqNationalQuery;
import org.oversight.recommendation.Handoff;
import org.oversight.recommendation.HandoffKind;
import org.oversight.recommendation.ItemScope;
import org.oversight.recommendation.RecommendationWorkflow;
import org.oversight.recommendation.Transition;
import org.oversight.security.CurrentUser;
import org.oversight.security.SignedInUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A recommendation sent to many recipients, followed as a whole, and the bulk actions its watchdog takes when the
 * same decision applies to many: one reminder to every recipient still without a plan; several completion claims
 * verified with one reason. Each bulk action is all or nothing (one transaction; nothing happens if any chosen item
 * cannot take it, and the result says which and why), still recorded, audited and told per item, and a form sent
 * twice acts once. Anyone reads the recipients they may see; only staff of the issuing watchdog act.
 */
@Service
@Transactional
public class NationalFollowUpService {

    static final int MAX_TEXT = 4000;

    private final JooqNationalQuery query;
    private final RecommendationWorkflow workflow;
    private final Submissions submissions;
    private final CurrentUser currentUser;
    private final DeadlineService deadlines;
    private final ApplicationEventPublisher events;

    NationalFollowUpService(JooqNationalQuery query, RecommendationWorkflow workflow, Submissions submissions,
                            CurrentUser currentUser, DeadlineService deadlines, ApplicationEventPublisher events) {
        this.query = query;
        this.workflow = workflow;
        this.submissions = submissions;
        this.currentUser = currentUser;
        this.deadlines = deadlines;
        this.events = events;
    }

    /** The recommendation and the recipients the user may see; empty when there is none of them to see. */
    @Transactional(readOnly = true)
    public Optional<NationalRecommendation> of(long recommendationId) {
        SignedInUser user = currentUser.require();
        return query.header(recommendationId).flatMap(h -> {
            List<Recipient> rows = query.recipients(recommendationId, ItemScope.of(user), deadlines.today(),
                    deadlines.dueSoonDays());
            return rows.isEmpty() ? Optional.empty() : Optional.of(new NationalRecommendation(h.recommendationId(),
                    h.reportId(), h.reportReference(), h.reportTitle(), h.watchdogId(), h.watchdogName(), h.number(),
                    h.text(), rows, IssuingWatchdog.isStaff(user, h.watchdogId())));
        });
    }

    /**
     * Whether {@link #of} has something to show: a recipient of the recommendation the user may see, in one indexed
     * query with the same scope.
     */
    @Transactional(readOnly = true)
    public boolean canSee(long recommendationId) {
        return query.anyRecipientWithin(recommendationId, ItemScope.of(currentUser.require()));
    }

    /** The recommendation of an item, when it went to more than one recipient: the item page links to it then. */
    @Transactional(readOnly = true)
    public Optional<Long> nationalOf(long trackedId) {
        return query.recommendationOf(trackedId).filter(r -> query.recipientCount(r) > 1);
    }

    /**
     * Asks every recipient still without a plan for one: an inbox entry and e-mail to each one's leads, kept with
     * each item.
     *
     * @param message what the watchdog adds (optional)
     * @return how many recipients were asked
     */
    public BulkResult remindWithoutPlan(long recommendationId, String message, SubmissionKey key) {
        SignedInUser user = currentUser.require();
        NationalRecommendation n = actionable(user, recommendationId, "outcome.may.remind");
        String note = Text.cleanOrNull(message);
        if (note != null && note.length() > MAX_TEXT) {
            throw new InvalidInputException("message", Text.tooLong(Messages.t("outcome.remind.the-message"), MAX_TEXT, note));
        }
        long sent = submissions.once(key, "plan_reminder", user.id(), () -> {
            List<Recipient> without = n.withoutPlan();
            if (without.isEmpty()) {
                throw new RuleViolationException(Messages.t("outcome.remind.nobody"));
            }
            without.forEach(r -> events.publishEvent(Handoff.onItem(HandoffKind.PLAN_CHASED, user.id(), r.trackedId(), note)));
            return without.size();
        });
        return new BulkResult((int) sent);
    }

    /**
     * Verifies the chosen completion claims with one reason, each as its own move (history, audit, the recipient
     * told). If any chosen item is not a claim to verify, or changed since the user saw it, none is verified.
     *
     * @param seen the chosen items and the version of each the user saw
     */
    public BulkResult verifyClaims(long recommendationId, Map<Long, Integer> seen, String reason, SubmissionKey key) {
        SignedInUser user = currentUser.require();
        NationalRecommendation n = actionable(user, recommendationId, "outcome.may.verify");
        if (seen.isEmpty()) {
            throw new InvalidInputException("items", Messages.t("outcome.verify.choose"));
        }
        String clean = Text.clean(reason);
        if (clean.isEmpty()) {
            throw new InvalidInputException("reason", Messages.t("outcome.verify.reason"));
        }
        if (clean.length() > MAX_TEXT) {
            throw new InvalidInputException("reason", Text.tooLong(Messages.t("outcome.the-reason"), MAX_TEXT, clean));
        }
        long verified = submissions.once(key, "bulk_verification", user.id(), () -> {
            refuseUnlessAllCan(n.byItem(), seen);
            seen.forEach((id, version) -> workflow.apply(id, Transition.VERIFY, clean, version));
            return seen.size();
        });
        return new BulkResult((int) verified);
    }

    /** Refuses the whole action, naming each chosen item that is not a claim to verify as the user saw it. */
    private static void refuseUnlessAllCan(Map<Long, Recipient> items, Map<Long, Integer> seen) {
        List<String> refused = new ArrayList<>();
        seen.forEach((id, version) -> {
            Recipient r = items.get(id);
            if (r == null) {
                refused.add(Messages.t("outcome.bulk.not-recipient", String.valueOf(id)));
            } else if (!r.claimToVerify()) {
                refused.add(Messages.t("outcome.bulk.not-claimed", r.name(), r.status().label().toLowerCase()));
            } else if (r.version() != version) {
                refused.add(Messages.t("outcome.bulk.changed", r.name()));
            }
        });
        if (!refused.isEmpty()) {
            throw new BulkRefusedException(refused);
        }
    }

    private NationalRecommendation actionable(SignedInUser user, long recommendationId, String what) {
        NationalRecommendation n = of(recommendationId)
                .orElseThrow(() -> new AccessDeniedException(Messages.t("outcome.no-recommendation", String.valueOf(recommendationId))));
        IssuingWatchdog.require(user, n.watchdogId(), n.watchdogName(), what);
        return n;
    }

    /** Today, for the page's dates. */
    @Transactional(readOnly = true)
    public LocalDate today() {
        return deadlines.today();
    }
}
