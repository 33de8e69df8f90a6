package org.oversight.deadline;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * One clock as a person reads it: what it times, its dates, where it stands today, and everything that moved it.
 *
 * @param stoppedWithItem the item was closed before the clock was met: the clock no longer runs
 * @param explanation     how the due date was worked out, in one plain sentence ({@link ClockExplanation})
 * @param responseLink    where the published response that met the clock can be read, if recorded
 */
public record ClockDetails(
        long id,
        int version,
        ClockRule rule,
        String label,
        LocalDate startsOn,
        LocalDate originalDueOn,
        LocalDate dueOn,
        LocalDate metOn,
        ClockState.Phase phase,
        long daysLeft,
        long daysOverdue,
        boolean stoppedWithItem,
        List<ExtensionLine> extensions,
        List<PauseLine> pauses,
        List<MilestoneLine> milestones,
        String explanation,
        String responseLink) {

    public record ExtensionLine(LocalDate receivedOn, LocalDate newDueOn, String reason, String grantedBy,
                                OffsetDateTime grantedAt) {
    }

    /** @param toInclusive null while the pause is still running */
    public record PauseLine(LocalDate from, LocalDate toInclusive, String reason, String recordedBy) {
    }

    public record MilestoneLine(String label, LocalDate dueOn, boolean isPublic, boolean passed) {
    }

    public boolean isMet() {
        return metOn != null;
    }

    public boolean hasRunningPause() {
        return pauses.stream().anyMatch(p -> p.toInclusive() == null);
    }

    /** Whether the clock still runs (or waits on a pause): extensions and pauses make sense only then. */
    public boolean isRunning() {
        return !isMet() && !stoppedWithItem;
    }

    /**
     * Clocks stopped by hand: the commissioner's response and the IOPC's publication are not steps of the
     * register, so the watchdog records the day they happened. Response clocks stop when the plan is submitted.
     */
    public boolean isMetByHand() {
        return rule == ClockRule.PCC_RESPONSE || rule == ClockRule.IOPC_PUBLICATION;
    }
}
