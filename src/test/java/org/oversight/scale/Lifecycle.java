package org.oversight.scale;

import static org.oversight.scale.Vocabulary.pick;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.oversight.recommendation.Status;
import org.oversight.recommendation.Transition;

/**
 * How a recommendation's life runs in real casework, drawn at random: the recipient's plan (late for some,
 * returned for some), work that finishes when its last action does, the watchdog's verification some weeks
 * after the claim, and the odd return, reopening or closure without implementation. The whole life is drawn
 * first, future included; what has happened by today is its status now. So old items are mostly verified
 * closed, recent ones open, and slow recipients overdue — without a table of target percentages.
 */
final class Lifecycle {

    /** One move of a tracked recommendation; transition is null for the first (recorded on publication). */
    record Step(Status from, Status to, LocalDate on, boolean byRecipient, Transition transition, String reason) {
    }

    /**
     * A recipient's answer to one report, shared by all the recommendations it answers. Null dates never come;
     * dates may lie after today (not yet happened).
     */
    record PlanDates(LocalDate requested, LocalDate created, LocalDate submitted, LocalDate returned,
                     LocalDate resubmitted, LocalDate accepted, String returnReason) {

        boolean everSubmitted() {
            return submitted != null;
        }

        LocalDate lastSubmitted() {
            return resubmitted != null ? resubmitted : submitted;
        }
    }

    private Lifecycle() {
    }

    /**
     * @param diligence the recipient's pace: 1 is typical, 0.6 brisk, 1.6 slow; it stretches every delay that
     *                  is theirs to control
     */
    static PlanDates planDates(SplittableRandom rng, LocalDate published, LocalDate responseDue, double diligence) {
        LocalDate requested = published.plusDays(rng.nextInt(3));
        if (rng.nextDouble() < 0.025) {
            return new PlanDates(requested, null, null, null, null, null, null);
        }
        long offset = Math.round((rng.nextGaussian() * 12 - 6) * diligence);
        if (rng.nextDouble() < 0.15 * diligence) {
            offset += 30 + rng.nextInt(120);
        }
        LocalDate submitted = max(requested.plusDays(5), responseDue.plusDays(offset));
        LocalDate created = max(requested, submitted.minusDays(5 + rng.nextInt(25)));
        LocalDate returned = null;
        LocalDate resubmitted = null;
        String returnReason = null;
        if (rng.nextDouble() < 0.12) {
            returned = submitted.plusDays(10 + rng.nextInt(25));
            resubmitted = returned.plusDays(Math.round((14 + rng.nextInt(36)) * diligence));
            returnReason = pick(rng, Vocabulary.RETURN_PLAN);
        }
        LocalDate accepted = (resubmitted != null ? resubmitted : submitted).plusDays(5 + rng.nextInt(36));
        return new PlanDates(requested, created, submitted, returned, resubmitted, accepted, returnReason);
    }

    /**
     * The whole life of one tracked recommendation.
     *
     * @param workDone when its last action is finished (null when it has no plan)
     */
    static List<Step> itemSteps(SplittableRandom rng, LocalDate published, PlanDates plan, LocalDate workDone,
                                String completionSummary) {
        List<Step> steps = new ArrayList<>();
        steps.add(new Step(null, Status.OPEN, published, false, null, "Recorded on publication"));
        add(steps, Status.PLAN_AWAITED, plan.requested(), false, Transition.REQUEST_PLAN, "Action plan requested");
        double ending = rng.nextDouble();
        if (!plan.everSubmitted()) {
            if (ending < 0.7) {
                add(steps, Status.CLOSED_NOT_IMPLEMENTED, plan.requested().plusDays(400 + rng.nextInt(800)), false,
                        Transition.CLOSE_NOT_IMPLEMENTED, pick(rng, Vocabulary.CLOSE_NOT_IMPLEMENTED));
            }
            return steps;
        }
        add(steps, Status.PLAN_SUBMITTED, plan.submitted(), true, Transition.SUBMIT_PLAN, "Action plan submitted");
        if (plan.returned() != null) {
            add(steps, Status.PLAN_AWAITED, plan.returned(), false, Transition.RETURN_PLAN, plan.returnReason());
            add(steps, Status.PLAN_SUBMITTED, plan.resubmitted(), true, Transition.SUBMIT_PLAN, "Revised action plan submitted");
        }
        add(steps, Status.PLAN_ACCEPTED, plan.accepted(), false, Transition.ACCEPT_PLAN, "Plan accepted");
        add(steps, Status.IN_PROGRESS, plan.accepted().plusDays(1 + rng.nextInt(14)), true, Transition.START_WORK, "Work under way");
        LocalDate claimed = max(workDone, last(steps).on()).plusDays(2 + rng.nextInt(29));
        add(steps, Status.REPORTED_COMPLETE, claimed, true, Transition.CLAIM_COMPLETE, completionSummary);
        if (rng.nextDouble() < 0.08) {
            add(steps, Status.IN_PROGRESS, claimed.plusDays(14 + rng.nextInt(32)), false, Transition.RETURN_CLAIM,
                    pick(rng, Vocabulary.RETURN_CLAIM));
            add(steps, Status.REPORTED_COMPLETE, last(steps).on().plusDays(30 + rng.nextInt(120)), true,
                    Transition.CLAIM_COMPLETE, completionSummary);
        }
        add(steps, Status.VERIFIED_IMPLEMENTED, last(steps).on().plusDays(10 + rng.nextInt(111)), false, Transition.VERIFY,
                "Evidence reviewed and accepted");
        if (rng.nextDouble() < 0.03) {
            add(steps, Status.IN_PROGRESS, last(steps).on().plusDays(60 + rng.nextInt(440)), false, Transition.REOPEN,
                    pick(rng, Vocabulary.REOPEN));
            add(steps, Status.REPORTED_COMPLETE, last(steps).on().plusDays(60 + rng.nextInt(180)), true,
                    Transition.CLAIM_COMPLETE, completionSummary);
            add(steps, Status.VERIFIED_IMPLEMENTED, last(steps).on().plusDays(14 + rng.nextInt(77)), false,
                    Transition.VERIFY, "Evidence reviewed and accepted");
        }
        return closedEarly(rng, steps, ending, published, plan);
    }

    /** A few items end without implementation: not implemented, overtaken, or superseded by a later report. */
    private static List<Step> closedEarly(SplittableRandom rng, List<Step> steps, double ending, LocalDate published,
                                          PlanDates plan) {
        Status to;
        Transition how;
        LocalDate on;
        String reason;
        if (ending < 0.035) {
            to = Status.CLOSED_NOT_IMPLEMENTED;
            how = Transition.CLOSE_NOT_IMPLEMENTED;
            on = plan.accepted().plusDays(300 + rng.nextInt(800));
            reason = pick(rng, Vocabulary.CLOSE_NOT_IMPLEMENTED);
        } else if (ending < 0.075) {
            to = Status.NO_FURTHER_ACTION;
            how = Transition.CLOSE_NO_FURTHER_ACTION;
            on = plan.requested().plusDays(30 + rng.nextInt(770));
            reason = pick(rng, Vocabulary.NO_FURTHER_ACTION);
        } else if (ending < 0.095) {
            to = Status.SUPERSEDED;
            how = Transition.SUPERSEDE;
            on = published.plusDays(400 + rng.nextInt(1200));
            reason = pick(rng, Vocabulary.SUPERSEDED);
        } else {
            return steps;
        }
        List<Step> kept = new ArrayList<>();
        for (Step s : steps) {
            if (s.on().isAfter(on)) {
                break;
            }
            kept.add(s);
        }
        if (last(kept).to().isClosed()) {
            return steps;
        }
        add(kept, to, on, false, how, reason);
        return kept;
    }

    /** The steps that have happened before today. */
    static List<Step> upTo(List<Step> steps, LocalDate today) {
        int n = 0;
        while (n < steps.size() && steps.get(n).on().isBefore(today)) {
            n++;
        }
        return steps.subList(0, Math.max(1, n));
    }

    /** When the item was closed without its work being done (its open actions are then cancelled), or null. */
    static LocalDate closedWithoutWork(List<Step> happened) {
        Step last = last(happened);
        return last.to().isClosed() && last.to() != Status.VERIFIED_IMPLEMENTED ? last.on() : null;
    }

    private static void add(List<Step> steps, Status to, LocalDate on, boolean byRecipient, Transition t, String reason) {
        Step prev = last(steps);
        steps.add(new Step(prev.to(), to, max(on, prev.on()), byRecipient, t, reason));
    }

    private static Step last(List<Step> steps) {
        return steps.get(steps.size() - 1);
    }

    static LocalDate max(LocalDate a, LocalDate b) {
        return a == null ? b : b == null || a.isAfter(b) ? a : b;
    }
}
