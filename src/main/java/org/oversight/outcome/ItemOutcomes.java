package org.oversight.outcome;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.oversight.deadline.Reassessments.Reassessment;

/**
 * What the item page shows of an item's outcome: every assessment, newest first, the re-assessment scheduled, and
 * what the signed-in user may do.
 *
 * @param verifiedOn null unless the item was verified implemented
 * @param mayAssess  whether the user may record an outcome or schedule a re-assessment now
 */
public record ItemOutcomes(long trackedId, String watchdogName, LocalDate verifiedOn, List<OutcomeEntry> assessments,
                           Optional<Reassessment> reassessment, boolean mayAssess) {

    public Optional<OutcomeEntry> latest() {
        return assessments.stream().findFirst();
    }
}
