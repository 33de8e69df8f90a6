package org.oversight.report;

import org.oversight.base.export.Column;
import org.oversight.base.export.Pages;
import org.oversight.base.export.Table;
import org.oversight.base.export.TableWriter;
import org.oversight.recommendation.KindLabels;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.oversight.base.DateWindow;
import org.oversight.audit.AuditLog;
import org.oversight.base.ConcurrentEditException;
import org.oversight.base.SubmissionKey;
import org.oversight.base.i18n.Messages;
import org.oversight.base.Submissions;
import org.oversight.deadline.ClockService;
import org.oversight.deadline.ResponseDeadlines;
import org.oversight.recommendation.ItemScope;
import org.oversight.recommendation.RecommendationFanOut;
import org.oversight.recommendation.RecommendationRegister;
import org.oversight.recommendation.ReportLock;
import org.oversight.recommendation.SortBy;
import org.oversight.report.internal.JooqReportQuery;
import org.oversight.report.internal.JooqReportRepository;
import org.oversight.report.internal.JooqReportRepository.RecommendationKey;
import org.oversight.report.internal.JooqReportRepository.ReportKey;
import org.oversight.security.CurrentUser;
import org.oversight.security.Role;
import org.oversight.security.SignedInUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reports and their recommendations. Watchdog staff record and correct their own watchdog's reports (others' are
 * read-only to them); a recommendation goes out as one tracked item per recipient. Everybody else reads the reports
 * that concern their organisation.
 */
@Service
@Transactional
public class ReportService {

    static final int MAX_PAGE = 500;

    private final JooqReportRepository repository;
    private final JooqReportQuery query;
    private final RecommendationFanOut fanOut;
    private final RecommendationRegister register;
    private final ResponseDeadlines deadlines;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final ClockService clocks;
    private final Submissions submissions;
    private final Clock clock;
    private final DateWindow dates;
    private final ReportLock reportLock;

    ReportService(JooqReportRepository repository, JooqReportQuery query, RecommendationFanOut fanOut,
                  RecommendationRegister register, ResponseDeadlines deadlines, CurrentUser currentUser, AuditLog audit,
                  ClockService clocks, Submissions submissions, Clock clock, DateWindow dates, ReportLock reportLock) {
        this.dates = dates;
        this.reportLock = reportLock;
        this.repository = repository;
        this.query = query;
        this.fanOut = fanOut;
        this.register = register;
        this.deadlines = deadlines;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clocks = clocks;
        this.submissions = submissions;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public int count(ReportFilter filter) {
        return query.count(filter, ItemScope.of(currentUser.require()));
    }

    @Transactional(readOnly = true)
    public List<ReportRow> page(ReportFilter filter, int offset, int limit, List<SortBy> sort) {
        return query.page(filter, ItemScope.of(currentUser.require()), Math.max(0, offset),
                Math.clamp(limit, 0, MAX_PAGE), sort);
    }

    /** The reports list's columns in an export, headed in the reader's language. */
    static Table<ReportRow> exportTable() {
        return Table.of(Messages.t("report.export.empty"),
                Column.text(Messages.t("report.field.reference"), ReportRow::reference),
                Column.text(Messages.t("report.field.title"), ReportRow::title),
                Column.text(Messages.t("report.field.watchdog"), ReportRow::watchdogName),
                Column.text(Messages.t("report.field.kind"), r -> KindLabels.of(r.kind())),
                Column.date(Messages.t("report.field.published"), ReportRow::publishedOn),
                Column.number(Messages.t("report.export.recommendations"), ReportRow::recommendations),
                Column.number(Messages.t("report.export.items"), ReportRow::items),
                Column.number(Messages.t("report.export.open-items"), ReportRow::openItems));
    }

    /** Writes the reports the list shows for the filter, in its order, within the user's scope. */
    @Transactional(readOnly = true)
    public long export(ReportFilter filter, List<SortBy> sort, TableWriter out) {
        ItemScope scope = ItemScope.of(currentUser.require());
        return exportTable().write(out, Pages.of((offset, limit) -> query.page(filter, scope, offset, limit, sort)));
    }

    /** The report, if the user may see it: watchdog staff and admins see all, others reports addressed to them. */
    @Transactional(readOnly = true)
    public Optional<ReportDetail> find(long reportId) {
        SignedInUser user = currentUser.require();
        boolean editable = repository.report(reportId).map(r -> mayEdit(user, r.watchdogId())).orElse(false);
        return query.detail(reportId, ItemScope.of(user), editable, register::recipientSummaries,
                today());
    }

    /** Whether the report exists and the user may see it, as {@link #find} decides, in one indexed query. */
    @Transactional(readOnly = true)
    public boolean canSee(long reportId) {
        return query.visible(reportId, ItemScope.of(currentUser.require()));
    }

    /** Whether the signed-in user records reports at all (watchdog staff). */
    public boolean canCreate() {
        return currentUser.get().map(u -> u.is(Role.WATCHDOG)).orElse(false);
    }

    /** Records a report; the same form sent again (same key) is answered with the first report's id. */
    public long create(ReportForm input, SubmissionKey key) {
        SignedInUser user = currentUser.requireRole(Role.WATCHDOG);
        return submissions.once(key, "report", user.id(), () -> create(user, input));
    }

    private long create(SignedInUser user, ReportForm input) {
        ReportForm f = ReportValidation.clean(input);
        ReportValidation v = new ReportValidation(repository, dates);
        v.checkReport(f, user.organisationId(), null, today());
        v.throwIfInvalid();
        long id = repository.insertReport(user.organisationId(), f, user.id(), OffsetDateTime.now(clock));
        audit.record("CREATE", "report", id, null, f);
        clocks.startClocks(id);
        return id;
    }

    public void update(long reportId, int expectedVersion, ReportForm input) {
        SignedInUser user = currentUser.require();
        ReportKey report = editableReport(user, reportId);
        ReportForm f = ReportValidation.clean(input);
        ReportValidation v = new ReportValidation(repository, dates);
        v.checkReport(f, report.watchdogId(), reportId, today());
        v.throwIfInvalid();
        ReportForm before = find(reportId).map(ReportDetail::toForm).orElseThrow();
        if (report.version() != expectedVersion || !fanOut.correctingPublication(reportId,
                () -> repository.updateReport(reportId, expectedVersion, f))) {
            throw concurrentEdit(Messages.t("report.this-report"), "report", reportId);
        }
        audit.record("UPDATE", "report", reportId, before, f);
        if (!f.publishedOn().equals(report.publishedOn()) || f.kind() != report.kind()) {
            // the clocks start on publication and depend on the kind of report: corrected facts move every deadline
            for (RecommendationKey rec : repository.recommendationsOf(reportId)) {
                fanOut.moveResponseDeadline(rec.id(), deadlines.responseDue(report.watchdogCode(), f.kind(), rec.kind(),
                        f.publishedOn()));
            }
        }
        clocks.startClocks(reportId);
    }

    /**
     * Adds a recommendation and opens one tracked item per recipient; returns the recommendation's id. The same form
     * sent again (same key) is answered with the first recommendation's id.
     */
    public long addRecommendation(long reportId, RecommendationForm input, SubmissionKey key) {
        SignedInUser user = currentUser.require();
        return submissions.once(key, "recommendation", user.id(), () -> addRecommendation(user, reportId, input));
    }

    private long addRecommendation(SignedInUser user, long reportId, RecommendationForm input) {
        return addRecommendation(user, reportId, input, true);
    }

    /** Adds one recommendation as the signed-in user; a batch starts the report's clocks once at its end. */
    long addRecommendation(SignedInUser user, long reportId, RecommendationForm input, boolean startClocks) {
        ReportKey report = editableReport(user, reportId);
        RecommendationForm f = ReportValidation.clean(input);
        ReportValidation v = new ReportValidation(repository, dates);
        v.checkRecommendation(f, reportId, null, Set.of());
        v.throwIfInvalid();
        // the report before its new items and the audit trail's head, as every writer of items (decision 0133)
        reportLock.ofReport(reportId);
        long id = repository.insertRecommendation(reportId, f, OffsetDateTime.now(clock));
        audit.record("CREATE", "recommendation", id, null, auditView(reportId, f));
        fanOut.open(id, recipients(f), responseDue(report, f));
        // the items' clocks run from now, not from the next reminder run: deadlines, the bell and extensions see them
        if (startClocks) {
            clocks.startClocks(reportId);
        }
        return id;
    }

    /**
     * Corrects a recommendation. Recipients can be added (they get new items) but not taken off: their items have a
     * history of their own.
     */
    public void updateRecommendation(long recommendationId, int expectedVersion, RecommendationForm input) {
        SignedInUser user = currentUser.require();
        RecommendationKey rec = repository.recommendation(recommendationId)
                .orElseThrow(() -> new AccessDeniedException(Messages.t("report.no-such-recommendation", String.valueOf(recommendationId))));
        ReportKey report = editableReport(user, rec.reportId());
        RecommendationForm f = ReportValidation.clean(input);
        Set<Long> sentTo = repository.recipientsOf(recommendationId);
        ReportValidation v = new ReportValidation(repository, dates);
        v.checkRecommendation(f, rec.reportId(), recommendationId, sentTo);
        v.throwIfInvalid();
        reportLock.ofReport(rec.reportId());
        if (rec.version() != expectedVersion || !repository.updateRecommendation(recommendationId, expectedVersion, f)) {
            throw concurrentEdit(Messages.t("report.this-recommendation"), "recommendation", recommendationId);
        }
        audit.record("UPDATE", "recommendation", recommendationId, Map.of("number", rec.number(), "kind", rec.kind()),
                auditView(rec.reportId(), f));
        LocalDate responseDue = responseDue(report, f);
        if (f.kind() != rec.kind()) {
            fanOut.moveResponseDeadline(recommendationId, responseDue);
        }
        Set<Long> added = new LinkedHashSet<>(recipients(f));
        added.removeAll(sentTo);
        if (!added.isEmpty()) {
            fanOut.open(recommendationId, added, responseDue);
        }
        clocks.startClocks(rec.reportId());
    }

    private Set<Long> recipients(RecommendationForm f) {
        Set<Long> ids = new LinkedHashSet<>();
        if (f.allForces()) {
            ids.addAll(repository.allForceIds());
        }
        ids.addAll(f.recipientIds());
        return ids;
    }

    private LocalDate responseDue(ReportKey report, RecommendationForm f) {
        return deadlines.responseDue(report.watchdogCode(), report.kind(), f.kind(), report.publishedOn());
    }

    ReportKey editableReport(SignedInUser user, long reportId) {
        ReportKey report = repository.report(reportId)
                .orElseThrow(() -> new AccessDeniedException(Messages.t("report.no-such-report", String.valueOf(reportId))));
        if (!mayEdit(user, report.watchdogId())) {
            throw new AccessDeniedException(Messages.t("report.only-watchdog-staff", report.watchdogName()));
        }
        return report;
    }

    private static boolean mayEdit(SignedInUser user, long watchdogId) {
        return user.is(Role.WATCHDOG) && user.actsFor(watchdogId);
    }

    private ConcurrentEditException concurrentEdit(String what, String entityType, long id) {
        var last = repository.lastChange(entityType, id);
        return new ConcurrentEditException(what, last.map(JooqReportRepository.LastChange::by).orElse(null),
                last.map(JooqReportRepository.LastChange::at).orElse(null));
    }

    private static Map<String, Object> auditView(long reportId, RecommendationForm f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("reportId", reportId);
        m.put("form", f);
        return m;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
