package org.oversight.actionplan;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.oversight.actionplan.evidence.CheckedFile;
import org.oversight.actionplan.evidence.EvidenceChecker;
import org.oversight.actionplan.internal.ActionRow;
import org.oversight.actionplan.internal.ItemRow;
import org.oversight.actionplan.internal.JooqActionRepository;
import org.oversight.actionplan.internal.JooqProgressRepository;
import org.oversight.audit.AuditLog;
import org.oversight.base.InvalidInputException;
import org.oversight.base.RuleViolationException;
import org.oversight.base.Text;
import org.oversight.base.SubmissionKey;
import org.oversight.base.Submissions;
import org.oversight.base.i18n.Language;
import org.oversight.base.i18n.Messages;
import org.oversight.recommendation.RecommendationWorkflow;
import org.oversight.recommendation.ReportLock;
import org.oversight.recommendation.Transition;
import org.oversight.security.CurrentUser;
import org.oversight.security.SignedInUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Dated progress updates with evidence, and the recipient's claim that a recommendation is done. Everything is
 * checked (text, dates, every file's real type and size) before the first row is written, and one transaction
 * holds the update, its files and any status change: a refused or failed upload leaves nothing behind.
 */
@Service
@Transactional
public class ProgressService {

    private final JooqProgressRepository progress;
    private final JooqActionRepository actions;
    private final EvidenceChecker checker;
    private final PlanRules rules;
    private final RecommendationWorkflow workflow;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Submissions submissions;
    private final Clock clock;
    private final ReportLock reportLock;

    ProgressService(JooqProgressRepository progress, JooqActionRepository actions, EvidenceChecker checker, PlanRules rules,
                    RecommendationWorkflow workflow, CurrentUser currentUser, AuditLog audit, Submissions submissions,
                    Clock clock, ReportLock reportLock) {
        this.reportLock = reportLock;
        this.progress = progress;
        this.actions = actions;
        this.checker = checker;
        this.rules = rules;
        this.workflow = workflow;
        this.currentUser = currentUser;
        this.audit = audit;
        this.submissions = submissions;
        this.clock = clock;
    }

    /** Posts an update on an action; the same form sent again (same key) is answered with the first update's id. */
    public long postActionUpdate(long actionId, NewUpdate update, SubmissionKey key) {
        SignedInUser user = currentUser.require();
        return submissions.once(key, "progress_update", user.id(), () -> postActionUpdate(user, actionId, update));
    }

    private long postActionUpdate(SignedInUser user, long actionId, NewUpdate update) {
        ActionRow action = rules.readableAction(user, actionId);
        PlanRules.requireLead(user, action.plan().organisationId());
        if (action.status() == ActionStatus.CANCELLED) {
            throw new RuleViolationException(Messages.t("actionplan.update.action-cancelled"));
        }
        List<CheckedFile> files = validate(update, true);
        if (update.progress() != null) {
            // progress may move the items: their report before the evidence's audit entry (decision 0133)
            reportLock.ofReport(action.plan().reportId());
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        long updateId = progress.insertUpdate(actionId, null, Text.clean(update.body()), update.progress(), user.id(), now);
        store(updateId, files, update, user, now);
        if (update.progress() != null) {
            ActionStatus status = action.status() == ActionStatus.NOT_STARTED && update.progress() > 0
                    ? ActionStatus.IN_PROGRESS : action.status();
            actions.recordProgress(actionId, update.progress(), status, user.id(), now);
            if (action.plan().status() == PlanStatus.ACCEPTED && update.progress() > 0) {
                workflow.applyAll(List.copyOf(actions.answers(actionId)), Transition.START_WORK, null);
            }
        }
        audit.record("UPDATE_POSTED", "progress_update", updateId, null, summary(update, files, "actionId", actionId));
        return updateId;
    }

    /** Posts an update on a recommendation; the same form sent again (same key) is answered with the first update's id. */
    public long postItemUpdate(long trackedId, NewUpdate update, SubmissionKey key) {
        SignedInUser user = currentUser.require();
        return submissions.once(key, "progress_update", user.id(), () -> postItemUpdate(user, trackedId, update));
    }

    private long postItemUpdate(SignedInUser user, long trackedId, NewUpdate update) {
        ItemRow item = writableItem(user, trackedId);
        if (item.status().isClosed()) {
            throw new RuleViolationException(Messages.t("actionplan.update.item-closed", item.status().label().toLowerCase(Language.current().locale())));
        }
        List<CheckedFile> files = validate(update, false);
        OffsetDateTime now = OffsetDateTime.now(clock);
        long updateId = progress.insertUpdate(null, trackedId, Text.clean(update.body()), null, user.id(), now);
        store(updateId, files, update, user, now);
        audit.record("UPDATE_POSTED", "progress_update", updateId, null, summary(update, files, "trackedRecommendationId", trackedId));
        return updateId;
    }

    /**
     * The recipient reports the recommendation implemented: allowed once every action answering it is finished. The
     * summary (claim.body) and any evidence are kept as an update on the item; the watchdog then verifies or returns it.
     * The same form sent again (same key) changes nothing more.
     */
    public void claimComplete(long trackedId, NewUpdate claim, int expectedVersion, SubmissionKey key) {
        SignedInUser user = currentUser.require();
        submissions.once(key, "completion", user.id(), () -> claimComplete(user, trackedId, claim, expectedVersion));
    }

    private long claimComplete(SignedInUser user, long trackedId, NewUpdate claim, int expectedVersion) {
        ItemRow item = writableItem(user, trackedId);
        String blocker = PlanRules.completionBlocker(item.status(), actions.answering(trackedId).stream()
                .map(a -> new PlanRules.ActionState(a.title(), a.status(), a.progress())).toList());
        if (blocker != null) {
            throw new RuleViolationException(blocker);
        }
        List<CheckedFile> files = validate(claim, false);
        OffsetDateTime now = OffsetDateTime.now(clock);
        String summary = Text.clean(claim.body());
        workflow.apply(trackedId, Transition.CLAIM_COMPLETE, summary, expectedVersion);
        long updateId = progress.insertUpdate(null, trackedId, Messages.t("actionplan.claim.update-body", summary), null, user.id(), now);
        store(updateId, files, claim, user, now);
        audit.record("COMPLETION_CLAIMED", "tracked_recommendation", trackedId, Map.of("status", item.status().name()),
                summary(claim, files, "updateId", updateId));
        return updateId;
    }

    /** Why the item cannot be reported complete now, or null when it can (for screens outside the plan page). */
    @Transactional(readOnly = true)
    public String completionBlocker(long trackedId) {
        SignedInUser user = currentUser.require();
        ItemRow item = writableItem(user, trackedId);
        return PlanRules.completionBlocker(item.status(), actions.answering(trackedId).stream()
                .map(a -> new PlanRules.ActionState(a.title(), a.status(), a.progress())).toList());
    }

    /** The limits to show on an upload form. */
    public EvidenceRules evidenceRules() {
        return new EvidenceRules(checker.maxBytes(), checker.maxFiles(), checker.acceptedExtensions(), checker.allowedSentence());
    }

    /**
     * Checks one file as soon as it arrives, so that the form can say at once what is wrong with it; the file is
     * checked again when the update is posted.
     *
     * @throws InvalidInputException on field "files"
     */
    public void checkEvidence(EvidenceUpload file) {
        currentUser.require();
        checker.check(file.fileName(), file.size(), file.content());
    }

    private ItemRow writableItem(SignedInUser user, long trackedId) {
        ItemRow item = progress.item(trackedId).filter(i -> PlanRules.canRead(user, i.recipientId()))
                .orElseThrow(() -> new AccessDeniedException(Messages.t("actionplan.update.no-such-item", String.valueOf(trackedId))));
        PlanRules.requireLead(user, item.recipientId());
        return item;
    }

    private List<CheckedFile> validate(NewUpdate update, boolean progressAllowed) {
        Map<String, String> errors = new LinkedHashMap<>();
        String body = Text.clean(update.body());
        if (body.isEmpty()) {
            errors.put("body", Messages.t("actionplan.update.check.body"));
        } else if (body.length() > ActionPlanService.MAX_TEXT - 30) {
            errors.put("body", Messages.t("actionplan.update.check.body-length", String.valueOf(ActionPlanService.MAX_TEXT - 30)));
        }
        if (update.progress() != null && (!progressAllowed || update.progress() < 0 || update.progress() > 100)) {
            errors.put("progress", Messages.t("actionplan.action.check.progress"));
        }
        LocalDate today = LocalDate.now(clock);
        List<CheckedFile> files = new ArrayList<>();
        if (!update.files().isEmpty()) {
            if (update.evidenceDate() == null) {
                errors.put("evidenceDate", Messages.t("actionplan.update.check.evidence-date"));
            } else if (update.evidenceDate().isAfter(today)) {
                errors.put("evidenceDate", Messages.t("actionplan.update.check.evidence-date-future"));
            } else if (update.expiresOn() != null && !update.expiresOn().isAfter(update.evidenceDate())) {
                errors.put("expiresOn", Messages.t("actionplan.update.check.expires"));
            }
            if (update.files().size() > checker.maxFiles()) {
                errors.put(EvidenceChecker.FIELD, Messages.t("actionplan.update.check.files", checker.maxFiles()));
            } else {
                for (EvidenceUpload file : update.files()) {
                    try {
                        files.add(checker.check(file.fileName(), file.size(), file.content()));
                    } catch (InvalidInputException e) {
                        errors.merge(EvidenceChecker.FIELD, e.getMessage(), (a, b) -> a + " " + b);
                    }
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return files;
    }

    private void store(long updateId, List<CheckedFile> files, NewUpdate update, SignedInUser user, OffsetDateTime now) {
        for (CheckedFile f : files) {
            long evidenceId = progress.insertEvidence(updateId, f.fileName(), f.contentType(), f.size(), f.content(), f.sha256(),
                    update.evidenceDate(), update.expiresOn(), user.id(), now);
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("updateId", updateId);
            after.put("fileName", f.fileName());
            after.put("contentType", f.contentType());
            after.put("sizeBytes", f.size());
            after.put("sha256", f.sha256());
            after.put("evidenceDate", update.evidenceDate());
            audit.record("EVIDENCE_UPLOADED", "evidence", evidenceId, null, after);
        }
    }

    private static Map<String, Object> summary(NewUpdate update, List<CheckedFile> files, String subjectKey, long subjectId) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(subjectKey, subjectId);
        m.put("body", Text.clean(update.body()));
        if (update.progress() != null) {
            m.put("progress", update.progress());
        }
        m.put("files", files.stream().map(CheckedFile::fileName).toList());
        return m;
    }
}
