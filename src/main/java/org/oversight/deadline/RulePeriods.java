package org.oversight.deadline;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** The arithmetic of each rule: where its period ends, and how paused days are added to it. */
final class RulePeriods {

    private final DeadlineProperties properties;
    private final WorkingDays workingDays;

    RulePeriods(DeadlineProperties properties, WorkingDays workingDays) {
        this.properties = properties;
        this.workingDays = workingDays;
    }

    /** The last day of the period as first set, before pauses and extensions. */
    LocalDate originalDueOn(ClockSpec spec) {
        LocalDate start = spec.startsOn();
        return switch (spec.rule()) {
            case HMICFRS_ACTION_PLAN -> start.plusWeeks(properties.hmicfrsPlanWeeks());
            case PCC_RESPONSE -> start.plusDays(properties.pccResponseDays());
            // "the period of 56 days beginning with the day on which the recommendation is made": that day is
            // day 1, so the period ends 55 days after it.
            case IOPC_LEARNING_RESPONSE -> start.plusDays(properties.iopcResponseDays() - 1L);
            case IOPC_PUBLICATION -> start.plusDays(properties.iopcPublicationDays());
            // plusMonths keeps the day of the month and clamps it to the month's end (31 Aug → 28/29 Feb).
            case INQUIRY_RESPONSE -> start.plusMonths(properties.inquiryResponseMonths());
            case ACTION_TARGET -> spec.baseDueOn();
            case OUTCOME_REASSESSMENT -> start.plusMonths(ClockRule.REASSESSMENT_MONTHS);
            case RESPONSE_PERIOD -> countsWorkingDays(spec.rule())
                    ? workingDays.addWorkingDays(start, properties.responsePeriodDays())
                    : start.plusDays(properties.responsePeriodDays());
        };
    }

    /**
     * The due date once the days {@code from}..{@code toInclusive} are paused. The clock stops on {@code from}
     * with some days left and resumes the day after {@code toInclusive}, which comes to adding the paused days
     * (working days, for a rule counted in working days).
     */
    LocalDate addPausedDays(ClockRule rule, LocalDate dueOn, LocalDate from, LocalDate toInclusive) {
        if (countsWorkingDays(rule)) {
            return workingDays.addWorkingDays(dueOn, workingDays.countWorkingDays(from, toInclusive));
        }
        return dueOn.plusDays(ChronoUnit.DAYS.between(from, toInclusive) + 1);
    }

    private boolean countsWorkingDays(ClockRule rule) {
        return rule == ClockRule.RESPONSE_PERIOD && properties.responsePeriodWorkingDays();
    }
}
