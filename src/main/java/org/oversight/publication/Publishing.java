package org.oversight.publication;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.oversight.audit.AuditLog;
import org.oversight.base.Formats;
import org.oversight.base.i18n.Messages;
import org.oversight.base.InvalidInputException;
import org.oversight.base.RuleViolationException;
import org.oversight.base.SubmissionKey;
import org.oversight.base.Submissions;
import org.oversight.base.Text;
import org.oversight.deadline.ClockDetails;
import org.oversight.deadline.ClockRule;
import org.oversight.deadline.ClockService;
import org.oversight.publication.StaffView.ReportLine;
import org.oversight.publication.StaffView.ReportPublication;
import org.oversight.publication.internal.JooqPublicationRepository;
import org.oversight.publication.internal.JooqPublicationRepository.Owner;
import org.oversight.security.CurrentUser;
import org.oversight.security.Role;
import org.oversight.security.SignedInUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishing is a decision, taken by staff of the watchdog that issued the report, and by nobody else (not even an
 * administrator): publish a report and with it its items, or withhold it until a day; withhold one item on a
 * ground; publish a recipient's response or an update; withhold a passage of a recommendation, response or update
 * on a ground. Each decision is audited. Publishing a response to an IOPC learning recommendation meets the IOPC's
 * 21-day publication clock (Police Reform Act 2002 Sch 3 para 28B) on the day it is published. Every decision
 * carries the {@link SubmissionKey} of the button that asked for it: a double click decides (and audits) once.
 */
@Service
@Transactional
public class Publishing {

    public static final int MAX_PASSAGE = 4000;

    private final JooqPublicationRepository repository;
    private final ClockService clocks;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Submissions submissions;

    Publishing(JooqPublicationRepository repository, ClockService clocks, CurrentUser currentUser, AuditLog audit,
               ApplicationEventPublisher events, Clock clock, Submissions submissions) {
        this.submissions = submissions;
        this.repository = repository;
        this.clocks = clocks;
        this.currentUser = currentUser;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** The reports of the signed-in watchdog staff member's own watchdog, with what has been decided. */
    @Transactional(readOnly = true)
    public List<ReportLine> myReports() {
        SignedInUser user = currentUser.requireRole(Role.WATCHDOG);
        return repository.reports(user.organisationId());
    }

    /** Everything about a report that can be published; only for its own watchdog's staff. */
    @Transactional(readOnly = true)
    public ReportPublication report(long reportId) {
        decider(SubjectKind.REPORT, reportId);
        return repository.report(reportId).orElseThrow();
    }

    /** Whether the signed-in user may decide on this report (so that a view shows the choices or not). */
    @Transactional(readOnly = true)
    public boolean mayDecide(long reportId) {
        Optional<SignedInUser> user = currentUser.get();
        Optional<Owner> owner = repository.owner(SubjectKind.REPORT, reportId);
        return user.isPresent() && owner.isPresent() && user.get().is(Role.WATCHDOG)
                && user.get().actsFor(owner.get().watchdogId());
    }

    public void publishReport(SubmissionKey key, long reportId) {
        SignedInUser user = decider(SubjectKind.REPORT, reportId);
        once(key, "publication:publish_report", user, reportId, () -> {
            Optional<StaffView.Decision> before = repository.decision(SubjectKind.REPORT, reportId);
            repository.decide(SubjectKind.REPORT, reportId, true, null, null, user.id(), now());
            record("REPORT_PUBLISHED", "report", reportId, before, Map.of("state", "published"));
        });
    }

    /**
     * Keeps a report and its items out of the public register, until {@code until} (from that day it is public) or,
     * when {@code until} is empty, until someone publishes it.
     */
    public void withholdReport(SubmissionKey key, long reportId, LocalDate until) {
        SignedInUser user = decider(SubjectKind.REPORT, reportId);
        checkUntil(until, "publication.rule.until-report");
        once(key, "publication:withhold_report", user, reportId, () -> {
            Optional<StaffView.Decision> before = repository.decision(SubjectKind.REPORT, reportId);
            repository.decide(SubjectKind.REPORT, reportId, false, until, null, user.id(), now());
            record("REPORT_WITHHELD", "report", reportId, before,
                    Map.of("state", "withheld", "until", until == null ? "until published" : until.toString())); // i18n-ok: audit data
        });
    }

    /**
     * Withholds one recipient's item on a ground, whatever its report's state: until {@code until} (from that day it
     * follows its report again) or, when {@code until} is empty, until someone stops withholding it.
     */
    public void withholdItem(SubmissionKey key, long trackedId, Ground ground, LocalDate until) {
        SignedInUser user = decider(SubjectKind.ITEM, trackedId);
        Map<String, String> problems = new LinkedHashMap<>();
        if (ground == null) {
            problems.put("ground", Messages.t("publication.rule.item-ground"));
        }
        untilProblem(until, "publication.rule.until-item").ifPresent(m -> problems.put("until", m));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        once(key, "publication:withhold_item", user, trackedId, () -> {
            Optional<StaffView.Decision> before = repository.decision(SubjectKind.ITEM, trackedId);
            repository.decide(SubjectKind.ITEM, trackedId, false, until, ground, user.id(), now());
            record("ITEM_WITHHELD", "tracked_recommendation", trackedId, before, Map.of("ground", ground.name(),
                    "until", until == null ? "until released" : until.toString())); // i18n-ok: audit data
        });
    }

    /** An item no longer withheld on its own: it is public whenever its report is. */
    public void releaseItem(SubmissionKey key, long trackedId) {
        SignedInUser user = decider(SubjectKind.ITEM, trackedId);
        once(key, "publication:release_item", user, trackedId, () -> {
            Optional<StaffView.Decision> before = repository.decision(SubjectKind.ITEM, trackedId);
            if (repository.undecide(SubjectKind.ITEM, trackedId)) {
                record("ITEM_RELEASED", "tracked_recommendation", trackedId, before, Map.of("state", "follows its report")); // i18n-ok: audit data
            }
        });
    }

    /**
     * Publishes a recipient's response (its action plan for the report). For each of its items with a running IOPC
     * publication clock, records the clock as met today.
     *
     * @return how many publication clocks this met (none on a repeat of the same submission)
     */
    public int publishResponse(SubmissionKey key, long planId) {
        SignedInUser user = decider(SubjectKind.RESPONSE, planId);
        if (repository.text(SubjectKind.RESPONSE, planId).map(Text::isBlank).orElse(true)) {
            throw new RuleViolationException(Messages.t("publication.rule.no-response-text"));
        }
        int[] met = {0};
        once(key, "publication:publish_response", user, planId, () -> {
            Optional<StaffView.Decision> before = repository.decision(SubjectKind.RESPONSE, planId);
            repository.decide(SubjectKind.RESPONSE, planId, true, null, null, user.id(), now());
            for (long trackedId : repository.itemsOfResponse(planId)) {
                for (ClockDetails c : clocks.clocksOf(trackedId).clocks()) {
                    if (c.rule() == ClockRule.IOPC_PUBLICATION && c.metOn() == null && !c.startsOn().isAfter(today())) {
                        clocks.recordMet(c.id(), c.version(), today());
                        met[0]++;
                    }
                }
            }
            record("RESPONSE_PUBLISHED", "action_plan", planId, before,
                    Map.of("state", "published", "publicationClocksMet", met[0]));
        });
        return met[0];
    }

    public void publishUpdate(SubmissionKey key, long updateId) {
        SignedInUser user = decider(SubjectKind.UPDATE, updateId);
        once(key, "publication:publish_update", user, updateId, () -> {
            Optional<StaffView.Decision> before = repository.decision(SubjectKind.UPDATE, updateId);
            repository.decide(SubjectKind.UPDATE, updateId, true, null, null, user.id(), now());
            record("UPDATE_PUBLISHED", "progress_update", updateId, before, Map.of("state", "published"));
        });
    }

    /** Takes a response or update out of the public register again. */
    public void unpublish(SubmissionKey key, SubjectKind kind, long id) {
        if (kind != SubjectKind.RESPONSE && kind != SubjectKind.UPDATE) {
            throw new IllegalArgumentException("Only responses and updates are unpublished this way: " + kind);
        }
        SignedInUser user = decider(kind, id);
        once(key, "publication:unpublish", user, id, () -> {
            Optional<StaffView.Decision> before = repository.decision(kind, id);
            if (repository.undecide(kind, id)) {
                record(kind + "_UNPUBLISHED", kind == SubjectKind.RESPONSE ? "action_plan" : "progress_update", id, before,
                        Map.of("state", "not published")); // i18n-ok: audit data
            }
        });
    }

    /**
     * Withholds a passage of a recommendation's text, a response or an update: the public sees "[withheld: ground]"
     * where it was. The passage must be found in the text as it stands. The same passage withheld twice is kept once.
     */
    public void withholdPassage(SubmissionKey key, SubjectKind kind, long id, String passage, Ground ground) {
        if (kind != SubjectKind.RECOMMENDATION && kind != SubjectKind.RESPONSE && kind != SubjectKind.UPDATE) {
            throw new IllegalArgumentException("Passages are withheld from recommendations, responses and updates: " + kind);
        }
        SignedInUser user = decider(kind, id);
        Map<String, String> problems = new LinkedHashMap<>();
        String clean = Text.clean(passage);
        String text = repository.text(kind, id).orElse("");
        if (clean.isEmpty()) {
            problems.put("passage", Messages.t("publication.rule.passage-empty"));
        } else if (clean.length() > MAX_PASSAGE) {
            problems.put("passage", Messages.t("publication.rule.passage-long", MAX_PASSAGE));
        } else if (!text.contains(clean)) {
            problems.put("passage", Messages.t("publication.rule.passage-not-in-text"));
        }
        if (ground == null) {
            problems.put("ground", Messages.t("publication.rule.passage-ground"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (repository.hasPassage(kind, id, clean)) {
            return; // the same words withheld again (from another form): already withheld
        }
        submissions.once(key, "publication:withhold_passage", user.id(), () -> {
            long redactionId = repository.withhold(kind, id, clean, ground, user.id(), now());
            audit.record("PASSAGE_WITHHELD", "redaction", redactionId, null,
                    Map.of("subject", kind.name(), "subjectId", id, "ground", ground.name(), "characters", clean.length()));
            events.publishEvent(new PublicRegisterChanged("passage withheld")); // i18n-ok: a reason for the log
            return redactionId;
        });
    }

    /** Shows a withheld passage publicly again. */
    public void releasePassage(SubmissionKey key, long redactionId) {
        var subject = repository.passageSubject(redactionId)
                .orElseThrow(() -> new AccessDeniedException(Messages.t("publication.rule.no-such-passage", Long.toString(redactionId))));
        SignedInUser user = decider(SubjectKind.valueOf(subject.value1()), subject.value2());
        once(key, "publication:release_passage", user, redactionId, () -> {
            if (repository.release(redactionId)) {
                audit.record("PASSAGE_RELEASED", "redaction", redactionId, Map.of("subject", subject.value1(),
                        "subjectId", subject.value2()), null);
                events.publishEvent(new PublicRegisterChanged("passage released")); // i18n-ok: a reason for the log
            }
        });
    }

    /** Decides once per submission: a repeat of the same key (a double click, a resent request) changes nothing. */
    private void once(SubmissionKey key, String kind, SignedInUser user, long subjectId, Runnable decide) {
        submissions.once(key, kind, user.id(), () -> {
            decide.run();
            return subjectId;
        });
    }

    private void checkUntil(LocalDate until, String messageKey) {
        untilProblem(until, messageKey).ifPresent(m -> {
            throw new InvalidInputException("until", m);
        });
    }

    /** A withholding ends on a day after today and within ten years, or (empty) when someone decides. */
    private Optional<String> untilProblem(LocalDate until, String messageKey) {
        if (until != null && !until.isAfter(today())) {
            return Optional.of(Messages.t(messageKey, Formats.date(today().plusDays(28))));
        }
        if (until != null && until.isAfter(today().plusYears(10))) {
            return Optional.of(Messages.t("publication.rule.until-far"));
        }
        return Optional.empty();
    }

    private void record(String action, String entity, long id, Optional<StaffView.Decision> before, Map<String, ?> after) {
        audit.record(action, entity, id, before.map(d -> Map.of("state", d.published() ? "published" : "withheld",
                "until", String.valueOf(d.withheldUntil()), "ground", String.valueOf(d.ground()))).orElse(null), after);
        events.publishEvent(new PublicRegisterChanged(action));
    }

    /** Staff of the watchdog that issued the subject's report, and nobody else. */
    private SignedInUser decider(SubjectKind kind, long id) {
        SignedInUser user = currentUser.require();
        Owner owner = repository.owner(kind, id)
                .orElseThrow(() -> new AccessDeniedException(Messages.t("publication.rule.nothing-to-publish")));
        if (!user.is(Role.WATCHDOG) || !user.actsFor(owner.watchdogId())) {
            throw new AccessDeniedException(Messages.t("publication.rule.not-your-report"));
        }
        return user;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
