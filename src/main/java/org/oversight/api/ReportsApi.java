package org.oversight.api;

import static org.oversight.api.Patch.or;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.oversight.actionplan.ActionPlanService;
import org.oversight.actionplan.PlanUpdates;
import org.oversight.recommendation.Priority;
import org.oversight.recommendation.RecommendationKind;
import org.oversight.recommendation.ReportKind;
import org.oversight.recommendation.SortBy;
import org.oversight.report.RecommendationForm;
import org.oversight.report.ReportDetail;
import org.oversight.report.ReportFilter;
import org.oversight.report.ReportForm;
import org.oversight.report.ReportRecommendation;
import org.oversight.report.ReportRow;
import org.oversight.report.ReportService;
import org.oversight.security.CurrentUser;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Reports and their recommendations: the same {@link ReportService} as the reports screens. */
@RestController
@RequestMapping("/api/v1/reports")
@Tag(name = "Reports", description = "Reports and the recommendations they make")
class ReportsApi {

    private final ReportService reports;
    private final ActionPlanService plans;
    private final CurrentUser currentUser;
    private final Idempotency idempotency;
    private final PlanUpdates planUpdates;

    ReportsApi(ReportService reports, ActionPlanService plans, CurrentUser currentUser, Idempotency idempotency,
               PlanUpdates planUpdates) {
        this.planUpdates = planUpdates;
        this.idempotency = idempotency;
        this.reports = reports;
        this.plans = plans;
        this.currentUser = currentUser;
    }

    @GetMapping
    @Operation(summary = "The reports the caller may see, oldest first")
    ApiPage<ReportRow> list(@RequestParam(required = false) String cursor, @RequestParam(required = false) Integer limit,
                            @RequestParam(required = false) String watchdog, @RequestParam(required = false) String q) {
        int offset = ApiPage.offset(cursor);
        int size = ApiPage.limit(limit);
        return ApiPage.of(reports.page(new ReportFilter(watchdog, q), offset, size + 1, List.of(SortBy.asc("id"))),
                offset, size);
    }

    @GetMapping("/{id}")
    @Operation(summary = "A report with its recommendations and the recipients the caller may see")
    ReportDetail get(@PathVariable long id) {
        return ApiNotFound.unless(reports.find(id), "report", id);
    }

    @PostMapping
    @Operation(summary = "Record a report (watchdog staff, for their own watchdog)")
    ResponseEntity<ReportDetail> create(@RequestHeader(Idempotency.HEADER) String idempotencyKey,
                                        @RequestBody ReportForm report) {
        long id = idempotency.run(currentUser.require(), idempotencyKey, java.util.Arrays.asList(report),
                key -> reports.create(report, key));
        return ResponseEntity.created(URI.create("/api/v1/reports/" + id)).body(reports.find(id).orElseThrow());
    }

    @PostMapping("/{id}/recommendations")
    @Operation(summary = "Add a recommendation to a report; it goes out as one tracked item per recipient")
    ResponseEntity<ReportRecommendation> addRecommendation(@PathVariable long id,
                                                           @RequestHeader(Idempotency.HEADER) String idempotencyKey,
                                                           @RequestBody RecommendationForm recommendation) {
        ApiNotFound.unless(reports.find(id), "report", id);
        long recId = idempotency.run(currentUser.require(), idempotencyKey, java.util.Arrays.asList(id, recommendation),
                key -> reports.addRecommendation(id, recommendation, key));
        ReportRecommendation made = reports.find(id).orElseThrow().recommendations().stream()
                .filter(r -> r.id() == recId).findFirst().orElseThrow();
        return ResponseEntity.created(URI.create("/api/v1/reports/" + id)).body(made);
    }

    @PostMapping("/{id}/plan")
    @Operation(summary = "The caller's organisation's action plan for the report, started as a draft if there is none (force and national leads)")
    ResponseEntity<PlanBody> startPlan(@PathVariable long id, @RequestHeader(Idempotency.HEADER) String idempotencyKey) {
        Idempotency.key(currentUser.require(), idempotencyKey); // checked; starting a plan is idempotent by itself
        ApiNotFound.unless(reports.find(id), "report", id);
        long planId = plans.startPlan(id);
        return ResponseEntity.created(URI.create("/api/v1/plans/" + planId)).body(PlanBody.read(plans, planUpdates, planId));
    }

    /**
     * The facts of a report to correct; those left out keep their values (an empty text clears a link or summary).
     * version is the report's as last read: a correction of a report someone has changed since is refused (409).
     */
    record ReportPatch(Integer version, ReportKind kind, String title, String reference, LocalDate publishedOn,
                       String link, String summary, Set<Long> forceIds, Set<Long> themeIds) {
    }

    @PatchMapping("/{id}")
    @Operation(summary = "Correct a report (staff of its watchdog); send its version as last read, and only the fields "
            + "to change. A new publication date or kind moves every recipient's response deadline")
    ReportDetail update(@PathVariable long id, @RequestBody ReportPatch patch) {
        ReportForm now = get(id).toForm();
        reports.update(id, DecisionsApi.version(patch.version()), new ReportForm(or(patch.kind(), now.kind()),
                or(patch.title(), now.title()), or(patch.reference(), now.reference()),
                or(patch.publishedOn(), now.publishedOn()), or(patch.link(), now.link()), or(patch.summary(), now.summary()),
                or(patch.forceIds(), now.forceIds()), or(patch.themeIds(), now.themeIds())));
        return get(id);
    }

    /**
     * A recommendation's fields to correct; those left out keep their values. Recipients can be added (each gets its
     * own tracked item) but not taken off. version is the recommendation's as last read (409 when stale).
     */
    record RecommendationPatch(Integer version, String number, RecommendationKind kind, String text, Priority priority,
                               Set<Long> themeIds, Boolean allForces, Set<Long> recipientIds) {
    }

    @PatchMapping("/{id}/recommendations/{recommendationId}")
    @Operation(summary = "Correct a recommendation of a report (staff of the report's watchdog); send its version as "
            + "last read, and only the fields to change")
    ReportRecommendation updateRecommendation(@PathVariable long id, @PathVariable long recommendationId,
                                              @RequestBody RecommendationPatch patch) {
        RecommendationForm now = recommendation(id, recommendationId).toForm();
        reports.updateRecommendation(recommendationId, DecisionsApi.version(patch.version()),
                new RecommendationForm(or(patch.number(), now.number()), or(patch.kind(), now.kind()),
                        or(patch.text(), now.text()), or(patch.priority(), now.priority()),
                        or(patch.themeIds(), now.themeIds()), or(patch.allForces(), now.allForces()),
                        or(patch.recipientIds(), now.recipientIds())));
        return recommendation(id, recommendationId);
    }

    /** The report's recommendation, or 404 when the report is not one the caller can see or has no such recommendation. */
    private ReportRecommendation recommendation(long reportId, long recommendationId) {
        return get(reportId).recommendations().stream().filter(r -> r.id() == recommendationId).findFirst()
                .orElseThrow(() -> new ApiNotFound("There is no recommendation " + recommendationId + " of report "
                        + reportId + " that you can see."));
    }
}
