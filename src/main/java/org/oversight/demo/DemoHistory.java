package org.oversight.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.oversight.recommendation.Status;

/**
 * Works out the dated status history that led a demo item to its status today, so that the demo's history
 * views, charts (time to close, reopen rate) and audit read like real casework rather than items born closed.
 */
final class DemoHistory {

    /** One transition; byRecipient tells whether the recipient (else the watchdog) made it. */
    record Step(Status from, Status to, LocalDate on, boolean byRecipient, String reason) {
    }

    private DemoHistory() {
    }

    static List<Step> stepsTo(Status target, LocalDate published, DemoDataFile.Plan plan,
                              DemoDataFile.Recommendation rec, LocalDate today) {
        List<Step> steps = new ArrayList<>();
        steps.add(new Step(null, Status.OPEN, published, false, "Recorded on publication"));
        if (target == Status.OPEN) {
            return steps;
        }
        LocalDate closedOn = rec.closedOn() != null ? rec.closedOn() : today.minusDays(7);
        if (target.isClosed() && target != Status.VERIFIED_IMPLEMENTED) {
            // closed without completion: straight from awaiting a plan (or from wherever the plan got to)
            add(steps, Status.PLAN_AWAITED, published, false, "Action plan requested");
            addPlanSteps(steps, plan, target, closedOn);
            add(steps, target, closedOn, false, rec.reason() != null ? rec.reason() : "Closed by the watchdog");
            return steps;
        }
        add(steps, Status.PLAN_AWAITED, published, false, "Action plan requested");
        if (target == Status.PLAN_AWAITED) {
            addReturnedPlan(steps, plan);
            return steps;
        }
        addPlanSteps(steps, plan, target, closedOn);
        if (target == Status.PLAN_SUBMITTED || target == Status.PLAN_ACCEPTED) {
            return steps;
        }
        LocalDate accepted = last(steps).on();
        add(steps, Status.IN_PROGRESS, min(accepted.plusDays(7), today), true, "Work under way");
        if (target == Status.IN_PROGRESS) {
            return steps;
        }
        LocalDate claimed = target == Status.VERIFIED_IMPLEMENTED ? closedOn.minusDays(21) : closedOn;
        claimed = max(claimed, last(steps).on());
        add(steps, Status.REPORTED_COMPLETE, claimed, true,
                rec.completionSummary() != null ? rec.completionSummary() : "All actions complete");
        if (target == Status.VERIFIED_IMPLEMENTED) {
            add(steps, Status.VERIFIED_IMPLEMENTED, max(closedOn, claimed), false, "Evidence reviewed and accepted");
        }
        return steps;
    }

    private static void addPlanSteps(List<Step> steps, DemoDataFile.Plan plan, Status target, LocalDate fallback) {
        if (plan == null || plan.submitted() == null) {
            if (target != Status.PLAN_AWAITED && !target.isClosed()) {
                // a national item answered by letter rather than a plan: the acceptance stands for the plan
                add(steps, Status.PLAN_SUBMITTED, last(steps).on().plusDays(30), true, "Response sent");
                add(steps, Status.PLAN_ACCEPTED, last(steps).on().plusDays(14), false, "Response accepted");
            }
            return;
        }
        add(steps, Status.PLAN_SUBMITTED, plan.submitted(), true, "Action plan submitted");
        if (plan.decided() != null && ("ACCEPTED".equals(plan.status()) || "RETURNED".equals(plan.status()))) {
            if ("RETURNED".equals(plan.status())) {
                add(steps, Status.PLAN_AWAITED, plan.decided(), false, reason(plan.decisionReason(), "Plan returned"));
                return;
            }
            add(steps, Status.PLAN_ACCEPTED, plan.decided(), false, reason(plan.decisionReason(), "Plan accepted"));
        }
    }

    private static void addReturnedPlan(List<Step> steps, DemoDataFile.Plan plan) {
        if (plan != null && "RETURNED".equals(plan.status()) && plan.submitted() != null && plan.decided() != null) {
            add(steps, Status.PLAN_SUBMITTED, plan.submitted(), true, "Action plan submitted");
            add(steps, Status.PLAN_AWAITED, plan.decided(), false, reason(plan.decisionReason(), "Plan returned"));
        }
    }

    private static void add(List<Step> steps, Status to, LocalDate on, boolean byRecipient, String reason) {
        Step prev = last(steps);
        steps.add(new Step(prev.to(), to, max(on, prev.on()), byRecipient, reason));
    }

    private static Step last(List<Step> steps) {
        return steps.get(steps.size() - 1);
    }

    private static String reason(String given, String fallback) {
        return given != null && !given.isBlank() ? given : fallback;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
