package org.oversight.outcome;

import java.time.LocalDate;

/**
 * One recommendation in a chain of repeats.
 *
 * @param watchdog  the watchdog's name as it was when the report was published (IPCC before 2018, HMIC before 2017)
 * @param linkKind  how it relates to the earlier recommendation it is linked to in the chain; null for the first
 * @param trackedId the user's own item for this recommendation if they may see one, for a link; else null
 */
public record ChainStep(long recommendationId, String watchdog, LocalDate publishedOn, String reportReference,
                        String number, String text, LinkKind linkKind, Long trackedId) {

    public int year() {
        return publishedOn.getYear();
    }
}
