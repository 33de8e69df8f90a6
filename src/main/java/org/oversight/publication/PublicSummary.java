package org.oversight.publication;

import org.oversight.dashboard.chart.StatusByForce;

/**
 * The published figures of one force (or national body) or one watchdog: counts and the status chart's data,
 * worked out from the same published items as the register's pages, with the dashboard's status groups.
 *
 * @param chart for a watchdog, one bar per recipient; for a recipient, its own bar (the chart's words are about forces)
 */
public record PublicSummary(String code, String name, boolean watchdog, int total, int open, int overdue,
                            int verified, StatusByForce chart) {
}
