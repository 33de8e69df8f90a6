package org.oversight.deadline;

/**
 * How a clock's due date is worked out from its start. Periods come from {@link DeadlineProperties}; the defaults
 * are the ones in force today.
 */
public enum ClockRule {

    /**
     * HMIC/HMICFRS one-off deadline: the force's action plan is due a set number of weeks after publication
     * (Devon and Cornwall: six weeks). Due = publication + weeks.
     */
    HMICFRS_ACTION_PLAN,

    /**
     * Police and crime commissioner's published response to an HMICFRS report: "within 56 days of" publication
     * (Police Act 1996 s55). Due = publication + 56 days.
     */
    PCC_RESPONSE,

    /**
     * Response to an IOPC learning recommendation (Police Reform Act 2002 Sch 3 para 28B): before the end of the
     * period of 56 days "beginning with" the day it was made. Due = made + 55 days. Extensions need an application
     * received before the period ends; days of judicial review proceedings are added as pauses.
     */
    IOPC_LEARNING_RESPONSE,

    /** IOPC publication of a response "within 21 days of" receiving it. Due = received + 21 days. */
    IOPC_PUBLICATION,

    /**
     * Public inquiry practice (IICSA): a response is expected within 6 months of publication, with the escalation
     * steps in {@link MilestoneKind}. Due = publication + 6 months.
     */
    INQUIRY_RESPONSE,

    /** An implementation target set in an action plan: the due date is given, revisions keep the original. */
    ACTION_TARGET,

    /**
     * A configurable response period for watchdogs without a rule of their own: N calendar days after the start
     * (or N working days in England and Wales, if so configured).
     */
    RESPONSE_PERIOD,

    /**
     * Re-assessment of whether a verified recommendation worked (package outcome): the watchdog looks again
     * {@link #REASSESSMENT_MONTHS} months after verification. Due = verified + 12 months; met when an outcome is
     * recorded.
     */
    OUTCOME_REASSESSMENT;

    /** Months after verification that an outcome re-assessment falls due. */
    public static final int REASSESSMENT_MONTHS = 12;

    /**
     * Whether an extension may be granted only on an application received before the period ends. Only the IOPC
     * statute says so; other dates may be revised late, and the clock keeps the original date to show it.
     */
    public boolean refusesLateApplications() {
        return this == IOPC_LEARNING_RESPONSE;
    }

    /**
     * Whether this rule times a recipient's response to one recommendation: the clock whose due date is kept in
     * tracked_recommendation.response_due_on and that stops when the action plan or response is submitted.
     */
    public boolean timesRecommendationResponse() {
        return this == HMICFRS_ACTION_PLAN || this == IOPC_LEARNING_RESPONSE || this == INQUIRY_RESPONSE
                || this == RESPONSE_PERIOD;
    }
}
