package org.oversight.api;

import static org.oversight.api.Patch.or;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.oversight.actionplan.ActionDetails;
import org.oversight.actionplan.PlanUpdates;
import org.oversight.actionplan.ActionInput;
import org.oversight.actionplan.ActionPlanService;
import org.oversight.actionplan.ActionService;
import org.oversight.actionplan.NewUpdate;
import org.oversight.actionplan.PlanSummary;
import org.oversight.actionplan.ProgressService;
import org.oversight.actionplan.WorkService;
import org.oversight.base.Text;
import org.oversight.security.CurrentUser;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Action plans, their actions, and progress updates on actions: the same services as the plan screens. */
@RestController
@Tag(name = "Action plans", description = "A recipient's action plan for a report, its actions and their progress")
class PlansApi {

    private final ActionPlanService plans;
    private final ActionService actions;
    private final ProgressService progress;
    private final WorkService work;
    private final CurrentUser currentUser;
    private final Idempotency idempotency;
    private final PlanUpdates updates;

    PlansApi(ActionPlanService plans, ActionService actions, ProgressService progress, WorkService work,
             CurrentUser currentUser, Idempotency idempotency, PlanUpdates updates) {
        this.updates = updates;
        this.idempotency = idempotency;
        this.plans = plans;
        this.actions = actions;
        this.progress = progress;
        this.work = work;
        this.currentUser = currentUser;
    }

    @GetMapping("/api/v1/plans")
    @Operation(summary = "The action plans of the caller's organisation (force and national leads, chief officers)")
    List<PlanSummary> list() {
        return work.myPlans();
    }

    @GetMapping("/api/v1/plans/{id}")
    @Operation(summary = "An action plan with its items, actions, updates and history")
    PlanBody get(@PathVariable long id) {
        return ApiNotFound.unlessRefused(() -> PlanBody.read(plans, updates, id), "action plan", id);
    }

    /** 404 unless the caller may read the plan (the service's rule, asked in one indexed read, not the whole plan). */
    private void readable(long id) {
        ApiNotFound.unlessSeen(plans.canSee(id), "action plan", id);
    }

    /** The plan's summary to save (an empty text clears it), and the plan's version as last read. */
    record PlanPatch(Integer version, String summary) {
    }

    @PatchMapping("/api/v1/plans/{id}")
    @Operation(summary = "Edit a draft or returned plan's summary (the organisation's lead); send the plan's version as last read")
    PlanBody editPlan(@PathVariable long id, @RequestBody PlanPatch patch) {
        readable(id);
        if (patch.summary() == null) {
            throw new org.oversight.base.InvalidInputException("summary", "Send the summary to save; an empty text clears it.");
        }
        plans.saveSummary(id, patch.summary(), DecisionsApi.version(patch.version()));
        return get(id);
    }

    @PostMapping("/api/v1/plans/{id}/actions")
    @Operation(summary = "Add an action to a draft or returned plan (the organisation's lead)")
    ResponseEntity<PlanBody.ActionBody> addAction(@PathVariable long id, @RequestHeader(Idempotency.HEADER) String idempotencyKey,
                                            @RequestBody ActionInput action) {
        readable(id);
        long actionId = idempotency.run(currentUser.require(), idempotencyKey, java.util.Arrays.asList(id, action),
                key -> actions.addAction(id, action, key));
        return ResponseEntity.created(URI.create("/api/v1/plans/" + id)).body(action(id, actionId));
    }

    @PostMapping(path = "/api/v1/actions/{id}/updates", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Post a progress update on an action, with an optional progress figure (0 to 100) and evidence files")
    ResponseEntity<RecommendationsApi.Created> postUpdate(@PathVariable long id,
                                                          @RequestHeader(Idempotency.HEADER) String idempotencyKey,
                                                          @RequestParam(name = "body", required = false) String body,
                                                          @RequestParam(name = "progress", required = false) String progressFigure,
                                                          @RequestParam(name = "evidenceDate", required = false) String evidenceDate,
                                                          @RequestParam(name = "expiresOn", required = false) String expiresOn,
                                                          @RequestPart(name = "files", required = false) List<MultipartFile> files) {
        long planId = ApiNotFound.unlessRefused(() -> actions.planOf(id), "action", id);
        Integer figure = null;
        if (!Text.isBlank(progressFigure)) {
            try {
                figure = Integer.valueOf(progressFigure.strip());
            } catch (NumberFormatException e) {
                throw new org.oversight.base.InvalidInputException("progress", "Progress must be a whole number from 0 to 100.");
            }
        }
        NewUpdate update = new NewUpdate(body, figure, RecommendationsApi.date("evidenceDate", evidenceDate),
                RecommendationsApi.date("expiresOn", expiresOn), Uploads.of(files));
        long updateId = idempotency.run(currentUser.require(), idempotencyKey,
                java.util.Arrays.asList(id, body, figure, evidenceDate, expiresOn, files),
                key -> progress.postActionUpdate(id, update, key));
        return ResponseEntity.created(URI.create("/api/v1/plans/" + planId)).body(new RecommendationsApi.Created(updateId));
    }

    /**
     * The fields of an action to change; those left out keep their values. version is the action's as last read: an
     * edit of an action someone has changed since is refused (409), never saved over their change.
     */
    record ActionPatch(Integer version, String title, String description, String ownerName, java.time.LocalDate dueOn,
                       Integer progress, org.oversight.actionplan.ActionStatus status, java.util.Set<Long> answers) {
    }

    @PatchMapping("/api/v1/actions/{id}")
    @Operation(summary = "Edit an action (the organisation's lead); send its version as last read, and only the fields to change")
    PlanBody.ActionBody editAction(@PathVariable long id, @RequestBody ActionPatch patch) {
        long planId = ApiNotFound.unlessRefused(() -> actions.planOf(id), "action", id);
        ActionDetails now = actions.action(id);
        actions.editAction(id, new ActionInput(or(patch.title(), now.title()), or(patch.description(), now.description()),
                or(patch.ownerName(), now.ownerName()), or(patch.dueOn(), now.dueOn()), or(patch.progress(), now.progress()),
                or(patch.status(), now.status()), or(patch.answers(), java.util.Set.copyOf(now.answers()))),
                DecisionsApi.version(patch.version()));
        return action(planId, id);
    }

    /** The plan's action as the API answers it, with its updates (the action alone read, not its whole plan). */
    private PlanBody.ActionBody action(long planId, long actionId) {
        return new PlanBody.ActionBody(actions.action(actionId), updates.ofAction(planId, actionId));
    }

    @DeleteMapping("/api/v1/actions/{id}")
    @Operation(summary = "Remove an action from a draft or returned plan (the organisation's lead), as long as it has no "
            + "updates or date revisions; send the action's version as last read (?version=). Otherwise set its status to CANCELLED")
    ResponseEntity<Void> deleteAction(@PathVariable long id, @RequestParam(required = false) Integer version) {
        ApiNotFound.unlessRefused(() -> actions.planOf(id), "action", id);
        actions.deleteAction(id, DecisionsApi.version(version));
        return ResponseEntity.noContent().build();
    }
}
