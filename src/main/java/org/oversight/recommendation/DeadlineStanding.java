package org.oversight.recommendation;

import static org.jooq.impl.DSL.not;
import static org.jooq.impl.DSL.select;
import static org.oversight.db.Tables.CLOCK;
import static org.oversight.db.Tables.CLOCK_PAUSE;
import static org.oversight.db.Tables.TRACKED_RECOMMENDATION;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.jooq.Condition;
import org.jooq.Field;

/**
 * Where an item stands against its deadline: the ONE definition of "current deadline", "overdue", "due soon",
 * "paused" and "no target date" that the register, the dashboard's figures and charts, the bell, the Deadlines
 * list, My work, reminders and escalations all read (decision 0010). Each question has a Java form (for one item
 * in hand) and a jOOQ form (for counting in the database); both say the same thing, and tests hold them to it.
 * <p>
 * The current deadline is {@code tracked_recommendation.due_on}, written only through {@link CurrentDeadline}: the
 * date of the clock that still runs for the item in its status (the response clock while a plan or response is
 * owed, the implementation target once a plan is agreed), and none otherwise.
 * <ul>
 *   <li><b>Paused</b>: a clock of the item that is not yet met has a pause covering today (e.g. judicial review
 *       proceedings). A paused item is neither overdue nor due soon.</li>
 *   <li><b>Overdue</b>: the current deadline is before today and the item is not paused.</li>
 *   <li><b>Due soon</b>: the current deadline is today or within {@code dueSoonDays} days after today
 *       ({@code oversight.deadlines.due-soon-days}), and the item is not paused.</li>
 *   <li><b>No target date</b>: a plan is agreed (plan accepted or in progress) but no live action gives the item a
 *       target date. Watchdogs chase it; it is never overdue.</li>
 *   <li><b>No deadline</b>: the ball is in the watchdog's court (plan submitted, completion reported) or the item is
 *       closed.</li>
 * </ul>
 */
public final class DeadlineStanding {

    /** Where one item stands today. */
    public enum Standing {
        OVERDUE, DUE_SOON, ON_TRACK, PAUSED, NO_TARGET_DATE, NO_DEADLINE;

        public boolean isOverdue() {
            return this == OVERDUE;
        }
    }

    private DeadlineStanding() {
    }

    /**
     * @param dueOn  the item's current deadline (tracked_recommendation.due_on)
     * @param paused whether a clock of the item not yet met is paused today
     */
    public static Standing of(Status status, LocalDate dueOn, boolean paused, LocalDate today, int dueSoonDays) {
        if (dueOn == null) {
            return Status.PLAN_AGREED.contains(status) ? Standing.NO_TARGET_DATE : Standing.NO_DEADLINE;
        }
        return ofDeadline(dueOn, paused, today, dueSoonDays);
    }

    /**
     * Where a dated deadline that is still owed stands today, the same rules as for an item: paused, overdue, due
     * soon or on track. For deadlines that are not an item's, e.g. a commissioner's published response to a report
     * (one per report and force), which the bell, the Deadlines list, reminders and the calendar feed count alike.
     *
     * @param paused whether the deadline's clock is paused today ({@link #clockPaused})
     */
    public static Standing ofDeadline(LocalDate dueOn, boolean paused, LocalDate today, int dueSoonDays) {
        if (paused) {
            return Standing.PAUSED;
        }
        long daysLeft = ChronoUnit.DAYS.between(today, dueOn);
        if (daysLeft < 0) {
            return Standing.OVERDUE;
        }
        return daysLeft <= dueSoonDays ? Standing.DUE_SOON : Standing.ON_TRACK;
    }

    /**
     * The item (TRACKED_RECOMMENDATION in the query) has a clock not yet met that is paused today.
     * <p>
     * Written as {@code id IN (the items paused today)}, a subquery that does not depend on the row, rather than a
     * correlated {@code EXISTS}: the database works the (short) list out once per statement and looks each item up
     * in it. A correlated {@code EXISTS} inside the dashboard's conditional counts is planned by PostgreSQL as a
     * sub-plan per row, whose estimated cost over 36,000 items crossed the JIT thresholds and made every national
     * dashboard compile its query for most of a second (issue 21; docs/performance.md). The items' ids are never
     * null and the list leaves nulls out, so {@code NOT} of it is exactly "not paused".
     */
    public static Condition paused(LocalDate today) {
        return TRACKED_RECOMMENDATION.ID.in(select(CLOCK.TRACKED_RECOMMENDATION_ID)
                .from(CLOCK_PAUSE).join(CLOCK).on(CLOCK.ID.eq(CLOCK_PAUSE.CLOCK_ID))
                .where(CLOCK.TRACKED_RECOMMENDATION_ID.isNotNull())
                .and(CLOCK.MET_ON.isNull())
                .and(pauseCovers(today)));
    }

    /**
     * The clock {@code clockId} (e.g. a commissioner's response clock, which belongs to no item) is paused today.
     * Written, as {@link #paused} is, as {@code id IN (the clocks paused today)}: the database works the short list out
     * once per statement instead of looking for a pause of every clock counted (decision 0141).
     */
    public static Condition clockPaused(Field<Long> clockId, LocalDate today) {
        return clockId.in(select(CLOCK_PAUSE.CLOCK_ID).from(CLOCK_PAUSE).where(pauseCovers(today)));
    }

    /**
     * {@link #ofDeadline}'s overdue for a dated deadline read apart from the item's own row (a commissioner's
     * response, a clock the watchdog owes, a row of the items' summary): its date has passed and {@code paused} (its
     * clock's {@link #clockPaused}, or the summary's correction for today's pauses) does not hold.
     */
    public static Condition deadlineOverdue(Field<LocalDate> dueOn, Condition paused, LocalDate today) {
        return not(paused).and(dueOn.lt(today));
    }

    /** {@link #ofDeadline}'s due soon for such a deadline: today or within {@code dueSoonDays} days, not paused. */
    public static Condition deadlineDueSoon(Field<LocalDate> dueOn, Condition paused, LocalDate today, int dueSoonDays) {
        return not(paused).and(dueOn.between(today, today.plusDays(dueSoonDays)));
    }

    private static Condition pauseCovers(LocalDate today) {
        return CLOCK_PAUSE.FROM_ON.le(today).and(CLOCK_PAUSE.TO_ON.isNull().or(CLOCK_PAUSE.TO_ON.ge(today)));
    }

    /** Overdue: the current deadline has passed and the item is not paused. */
    public static Condition overdue(LocalDate today) {
        return TRACKED_RECOMMENDATION.DUE_ON.lt(today).and(not(paused(today)));
    }

    /** Not overdue, the complement of {@link #overdue} (spelled out: NOT of a NULL comparison is not true). */
    public static Condition notOverdue(LocalDate today) {
        return TRACKED_RECOMMENDATION.DUE_ON.isNull().or(TRACKED_RECOMMENDATION.DUE_ON.ge(today)).or(paused(today));
    }

    /** Due soon: the current deadline is today or within {@code dueSoonDays} days, and the item is not paused. */
    public static Condition dueSoon(LocalDate today, int dueSoonDays) {
        return TRACKED_RECOMMENDATION.DUE_ON.between(today, today.plusDays(dueSoonDays)).and(not(paused(today)));
    }

    /** Overdue or due soon. */
    public static Condition needsAttention(LocalDate today, int dueSoonDays) {
        return TRACKED_RECOMMENDATION.DUE_ON.le(today.plusDays(dueSoonDays)).and(not(paused(today)));
    }

    /** A plan is agreed but no action gives the item a target date. */
    public static Condition noTargetDate() {
        return TRACKED_RECOMMENDATION.STATUS.in(Status.PLAN_AGREED).and(TRACKED_RECOMMENDATION.DUE_ON.isNull());
    }
}
