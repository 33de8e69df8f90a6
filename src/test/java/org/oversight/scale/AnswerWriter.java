package org.oversight.scale;

import static org.oversight.scale.Vocabulary.pick;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.oversight.recommendation.CurrentDeadline;
import org.oversight.recommendation.Status;
import org.oversight.recommendation.Transition;

/**
 * Writes one recipient's side of one report: a tracked item per recommendation with its dated status history,
 * the recipient's action plan with its decisions, and (through {@link ActionWriter}) the actions, updates and
 * evidence behind the items.
 */
final class AnswerWriter {

    record ReportFacts(long reportId, String title, LocalDate published, String watchdogCode, long watchdogId,
                       String kind, String mainTheme) {
    }

    private final World world;
    private final ActionWriter actions;

    AnswerWriter(World world) {
        this.world = world;
        this.actions = new ActionWriter(world);
    }

    void write(ReportFacts report, long recipientId, List<ReportWriter.Rec> recs, SplittableRandom rng) {
        double pace = world.people.pace(recipientId);
        People.Person lead = world.people.lead(recipientId);
        LocalDate responseDue = world.responseDue(report.watchdogCode(), report.kind(), recs.getFirst().kind(),
                report.published());
        Lifecycle.PlanDates plan = Lifecycle.planDates(rng, report.published(), responseDue, pace);
        boolean planExists = plan.created() != null && plan.created().isBefore(world.today);
        Long planId = planExists ? world.ids.plan++ : null;
        long previousTracked = -1;
        List<ActionWriter.Draft> previousDrafts = List.of();
        for (ReportWriter.Rec rec : recs) {
            long trackedId = world.ids.tracked++;
            LocalDate itemResponseDue = world.responseDue(report.watchdogCode(), report.kind(), rec.kind(), report.published());
            List<ActionWriter.Draft> drafts = planExists ? actions.draft(rec, plan, pace, rng) : List.of();
            LocalDate workDone = drafts.stream().map(ActionWriter.Draft::finishes).max(LocalDate::compareTo).orElse(null);
            String summary = pick(rng, Vocabulary.COMPLETION);
            List<Lifecycle.Step> happened = Lifecycle.upTo(
                    Lifecycle.itemSteps(rng, report.published(), plan, workDone, summary), world.today);
            writeTracked(report, rec, trackedId, recipientId, lead, itemResponseDue, drafts, happened, summary, rng);
            if (planId != null) {
                // now and then one action answers this recommendation and the one before it
                Long alsoAnswers = previousTracked > 0 && !previousDrafts.isEmpty() && rng.nextDouble() < 0.12
                        ? previousTracked : null;
                actions.write(planId, report.watchdogId(), trackedId, alsoAnswers, drafts, plan,
                        Lifecycle.closedWithoutWork(happened), lead, rng);
            }
            previousTracked = trackedId;
            previousDrafts = drafts;
        }
        if (planId != null) {
            writePlan(report, planId, recipientId, lead, plan, responseDue, rng);
        }
    }

    private void writeTracked(ReportFacts report, ReportWriter.Rec rec, long trackedId, long recipientId,
                              People.Person lead, LocalDate responseDue, List<ActionWriter.Draft> drafts,
                              List<Lifecycle.Step> happened, String summary, SplittableRandom rng) {
        OffsetDateTime at = null;
        boolean claimed = false;
        int reopened = 0;
        for (Lifecycle.Step step : happened) {
            at = World.after(at, step.on(), rng);
            People.Person by = step.byRecipient() ? lead : world.people.inspector(report.watchdogId(), rng);
            world.sinks.statusChanges.add(world.ids.statusChange++, trackedId,
                    step.from() == null ? null : step.from().name(), step.to().name(), at, by.id(), step.reason());
            if (step.transition() != null) {
                Map<String, Object> after = new LinkedHashMap<>();
                after.put("status", step.to().name());
                after.put("transition", step.transition().name());
                after.put("reason", step.reason());
                world.audit.add(at, by, "STATUS_CHANGE", "tracked_recommendation", trackedId,
                        Map.of("status", step.from().name()), after);
                claimed |= step.to() == Status.REPORTED_COMPLETE;
                reopened += step.transition() == Transition.REOPEN ? 1 : 0;
                if (step.to() == Status.REPORTED_COMPLETE) {
                    actions.claimUpdate(trackedId, summary, at, lead);
                }
            }
        }
        Lifecycle.Step last = happened.getLast();
        LocalDate target = drafts.stream().map(ActionWriter.Draft::dueNow).max(LocalDate::compareTo).orElse(null);
        world.sinks.tracked.add(trackedId, rec.id(), recipientId, last.to().name(), at, responseDue, target,
                CurrentDeadline.of(last.to(), responseDue, target), claimed ? summary : null,
                last.to().isClosed() ? last.on() : null, reopened, happened.size() - 1);
    }

    private void writePlan(ReportFacts report, long planId, long recipientId, People.Person lead,
                           Lifecycle.PlanDates plan, LocalDate responseDue, SplittableRandom rng) {
        LocalDate today = world.today;
        record Event(String event, LocalDate on, boolean byWatchdog, String reason) {
        }
        List<Event> events = new ArrayList<>();
        events.add(new Event("CREATED", plan.created(), false, null));
        events.add(new Event("SUBMITTED", plan.submitted(), false, null));
        if (plan.returned() != null) {
            events.add(new Event("RETURNED", plan.returned(), true, plan.returnReason()));
            events.add(new Event("SUBMITTED", plan.resubmitted(), false, null));
        }
        events.add(new Event("ACCEPTED", plan.accepted(), true, null));
        OffsetDateTime at = null;
        OffsetDateTime createdAt = null;
        OffsetDateTime submittedAt = null;
        OffsetDateTime decidedAt = null;
        People.Person decidedBy = null;
        String decisionReason = null;
        String status = "DRAFT";
        int written = 0;
        for (Event e : events) {
            if (!e.on().isBefore(today)) {
                break;
            }
            at = World.after(at, e.on(), rng);
            People.Person by = e.byWatchdog() ? world.people.inspector(report.watchdogId(), rng) : lead;
            world.sinks.planEvents.add(world.ids.planEvent++, planId, e.event(), at, by.id(), e.reason());
            written++;
            if (!"CREATED".equals(e.event())) {
                world.audit.add(at, by, "ACTION_PLAN_" + e.event(), "action_plan", planId, null,
                        e.reason() == null ? Map.of("status", e.event()) : Map.of("status", e.event(), "reason", e.reason()));
                status = e.event();
            }
            if ("CREATED".equals(e.event())) {
                createdAt = at;
            } else if ("SUBMITTED".equals(e.event())) {
                submittedAt = at;
            } else if (e.byWatchdog()) {
                decidedAt = at;
                decidedBy = by;
                decisionReason = e.reason();
            }
        }
        world.sinks.plans.add(planId, report.reportId(), recipientId, status,
                "Response to \u201c" + report.title() + "\u201d on " + report.mainTheme().toLowerCase() + ".",
                responseDue, submittedAt, submittedAt == null ? null : lead.id(), decidedAt,
                decidedBy == null ? null : decidedBy.id(), decisionReason, createdAt, at,
                lead.id(), written - 1);
    }
}
