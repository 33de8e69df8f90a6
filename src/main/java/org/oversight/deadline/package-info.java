/**
 * Deadlines ("clocks"): when a watchdog's recommendation, a report or an action must be answered, and where each
 * clock stands on a given day.
 * <p>
 * Everything here is pure date arithmetic: no database, no UI, no system clock. Persistence and the reminder
 * scheduler call {@link org.oversight.deadline.ClockEngine} with a {@link org.oversight.deadline.ClockSpec} read
 * from the {@code clock}, {@code clock_pause} and {@code clock_extension} tables and the day they care about.
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
