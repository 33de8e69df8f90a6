package org.oversight.deadline;

import java.util.List;
import org.oversight.recommendation.Status;

/**
 * The clocks that concern one tracked recommendation: its response clock (with the inquiry's milestones), the
 * IOPC's publication clock once a response is in, and the commissioner's clock of the report for this force.
 *
 * @param mayManage whether the signed-in user may grant extensions, record pauses and record clocks met: staff of
 *                  the watchdog that made the recommendation
 * @param mayRecordCommissionerResponse whether the user may record the commissioner's published response: the
 *                  watchdog's staff, or a lead of the force
 */
public record ItemClocks(
        long trackedId,
        String reportReference,
        String reportTitle,
        String recommendationNumber,
        String recipientName,
        String watchdogName,
        Status status,
        boolean mayManage,
        List<ClockDetails> clocks,
        boolean mayRecordCommissionerResponse) {
}
