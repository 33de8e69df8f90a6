/**
 * Deadlines ("clocks"): when a watchdog's recommendation, a report or an action must be answered, and where each
 * clock stands on a given day.
 * <p>
 * The arithmetic is pure: {@link org.oversight.deadline.ClockEngine} takes a {@link org.oversight.deadline.ClockSpec}
 * and a day and touches no database, UI or system clock. Around it, {@link org.oversight.deadline.ClockService}
 * keeps clocks in the {@code clock}, {@code clock_pause} and {@code clock_extension} tables (extensions, pauses,
 * clocks met), {@link org.oversight.deadline.DeadlineService} lists deadlines in a user's scope, and
 * {@code internal} holds their data access and the sync job that keeps clocks in step with the register. An item's
 * own dates in {@code tracked_recommendation} are moved only through the register's API (decision 0006).
 * <p>
 * Counting conventions, taken from the wording of the statutes:
 * <ul>
 *   <li>"a period of N days <em>beginning with</em> X" counts X as day 1, so the last day is X + (N − 1);</li>
 *   <li>"within N days <em>of</em> X" and "N weeks after X" leave X out, so the last day is X + N;</li>
 *   <li>"N months" uses the same day of the month, clamped to the month's last day (31 August + 6 months
 *       = 28 February, or 29 February in a leap year).</li>
 * </ul>
 * Statutory periods are calendar days; a due date on a weekend or bank holiday is not moved. See
 * {@code docs/decisions/0002-bank-holidays.md}.
 */
package org.oversight.deadline;
