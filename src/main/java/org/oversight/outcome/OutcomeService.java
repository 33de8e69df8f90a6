package org.oversight.outcome;

import org.oversight.base.i18n.Messages;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.oversight.audit.AuditLog;
import org.oversight.base.DateWindow;
import org.oversight.base.Formats;
import org.oversight.base.InvalidInputException;
import org.oversight.base.RuleViolationException;
import org.oversight.base.SubmissionKey;
import org.oversight.base.Submissions;
import org.oversight.base.Text;
import org.oversight.deadline.Reassessments;
import org.oversight.deadline.Reassessments.Reassessment;
import org.oversight.outcome.internal.JooqOutcomeRepository;
import org.oversight.outcome.internal.JooqOutcomeRepository.ItemFacts;
import org.oversight.outcome.internal.JooqOutcomeRepository.SourceReport;
import org.oversight.recommendation.ItemScope;
import org.oversight.recommendation.Status;
import org.oversight.security.CurrentUser;
import org.oversight.security.SignedInUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Outcomes after closure: whether a verified recommendation worked, as judged by the watchdog that made it when it
 * next inspects, and the re-assessment clock that chases that judgement. Everyone who may see the item may read its
 * outcomes; only staff of the watchdog that made the recommendation may record one or schedule a re-assessment.
 */
@Service
@Transactional
public class OutcomeService {

    static final int MAX_TEXT = 4000;
    static final int MAX_LINK = 500;

    private final JooqOutcomeRepository outcomes;
    private final Reassessments reassessments;
    private final Submissions submissions;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;

    OutcomeService(JooqOutcomeRepository outcomes, Reassessments reassessments, Submissions submissions,
                   CurrentUser currentUser, AuditLog audit, Clock clock) {
        this.outcomes = outcomes;
        this.reassessments = reassessments;
        this.submissions = submissions;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public ItemOutcomes of(long trackedId) {
        SignedInUser user = currentUser.require();
        ItemFacts item = readable(user, trackedId);
        return new ItemOutcomes(trackedId, item.watchdogName(),
                item.status() == Status.VERIFIED_IMPLEMENTED ? item.closedOn() : null,
                outcomes.assessments(trackedId), reassessments.of(trackedId), mayAssess(user, item));
    }

    /** The reports the user may choose as the source of an outcome for this item. */
    @Transactional(readOnly = true)
    public java.util.List<SourceChoice> sourceChoices(long trackedId) {
        ItemFacts item = assessable(currentUser.require(), trackedId);
        return outcomes.sourceChoices(item.watchdogId(), item.recipientId(), item.closedOn());
    }

    /**
     * Records an outcome assessment; meets the running re-assessment, if any. The same form sent twice records one.
     *
     * @return the assessment's id
     */
    public long record(long trackedId, OutcomeInput input, SubmissionKey key) {
        SignedInUser user = currentUser.require();
        ItemFacts item = assessable(user, trackedId);
        OutcomeInput clean = checked(item, input);
        return submissions.once(key, "outcome_assessment", user.id(), () -> {
            long id = outcomes.insert(trackedId, clean, user.id(), OffsetDateTime.now(clock));
            reassessments.assessed(trackedId, clean.assessedOn());
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("trackedId", trackedId);
            after.put("rating", clean.rating().name());
            after.put("assessedOn", clean.assessedOn().toString());
            after.put("reason", clean.reason());
            audit.record("OUTCOME_RECORDED", "outcome_assessment", id, null, after);
            return id;
        });
    }

    /**
     * Schedules the next re-assessment, {@link org.oversight.deadline.ClockRule#REASSESSMENT_MONTHS} months after
     * verification or, once an outcome is recorded, after the latest one.
     */
    public Reassessment scheduleReassessment(long trackedId) {
        SignedInUser user = currentUser.require();
        ItemFacts item = assessable(user, trackedId);
        LocalDate from = outcomes.assessments(trackedId).stream().findFirst()
                .map(OutcomeEntry::assessedOn).filter(d -> d.isAfter(item.closedOn())).orElse(item.closedOn());
        return reassessments.schedule(trackedId, item.reportId(), item.recipientId(), from);
    }

    private OutcomeInput checked(ItemFacts item, OutcomeInput in) {
        Map<String, String> problems = new LinkedHashMap<>();
        LocalDate today = LocalDate.now(clock);
        DateWindow window = DateWindow.standard(clock);
        if (in.rating() == null) {
            problems.put("rating", Messages.t("outcome.check.rating"));
        }
        LocalDate on = in.assessedOn();
        if (on == null) {
            problems.put("assessedOn", Messages.t("outcome.check.date", Formats.date(today)));
        } else if (!window.contains(on)) {
            problems.put("assessedOn", Messages.t("outcome.check.date-window", window.sentence()));
        } else if (on.isBefore(item.closedOn())) {
            problems.put("assessedOn", Messages.t("outcome.check.before-verification", Formats.longDate(item.closedOn())));
        } else if (on.isAfter(today)) {
            problems.put("assessedOn", Messages.t("outcome.check.future"));
        }
        String reason = Text.clean(in.reason());
        if (reason.isEmpty()) {
            problems.put("reason", Messages.t("outcome.check.reason"));
        } else if (reason.length() > MAX_TEXT) {
            problems.put("reason", Text.tooLong(Messages.t("outcome.the-reason"), MAX_TEXT, reason));
        }
        String evidence = Text.cleanOrNull(in.evidence());
        if (evidence != null && evidence.length() > MAX_TEXT) {
            problems.put("evidence", Text.tooLong(Messages.t("outcome.the-evidence"), MAX_TEXT, evidence));
        }
        String link = Text.cleanOrNull(in.sourceLink());
        if (link != null && !webAddress(link)) {
            problems.put("sourceLink", Messages.t("outcome.check.link"));
        }
        if (in.sourceReportId() == null && link == null) {
            problems.put("sourceReport", Messages.t("outcome.check.source"));
        } else if (in.sourceReportId() != null) {
            SourceReport source = outcomes.sourceReport(in.sourceReportId(), item.recipientId()).orElse(null);
            if (source == null) {
                problems.put("sourceReport", Messages.t("outcome.check.no-report"));
            } else if (source.watchdogId() != item.watchdogId() && !source.concernsRecipient()) {
                problems.put("sourceReport", Messages.t("outcome.check.other-watchdog", source.reference(), item.watchdogName()));
            } else if (on != null && source.publishedOn().isAfter(on)) {
                problems.put("sourceReport", Messages.t("outcome.check.published-after", source.reference(),
                        Formats.longDate(source.publishedOn())));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new OutcomeInput(in.rating(), on, in.sourceReportId(), link, evidence, reason);
    }

    private static boolean webAddress(String link) {
        if (link.length() > MAX_LINK) {
            return false;
        }
        try {
            URI uri = URI.create(link);
            return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private ItemFacts readable(SignedInUser user, long trackedId) {
        return outcomes.item(trackedId).filter(i -> ItemScope.of(user).includes(i.recipientId()))
                .orElseThrow(() -> new AccessDeniedException(Messages.t("outcome.no-recommendation", String.valueOf(trackedId))));
    }

    private ItemFacts assessable(SignedInUser user, long trackedId) {
        ItemFacts item = readable(user, trackedId);
        IssuingWatchdog.require(user, item.watchdogId(), item.watchdogName(), "outcome.may.record");
        if (item.status() != Status.VERIFIED_IMPLEMENTED) {
            throw new RuleViolationException(Messages.t("outcome.check.not-verified", item.status().label().toLowerCase()));
        }
        return item;
    }

    private static boolean mayAssess(SignedInUser user, ItemFacts item) {
        return IssuingWatchdog.isStaff(user, item.watchdogId()) && item.status() == Status.VERIFIED_IMPLEMENTED;
    }
}
