package org.oversight.recommendation;

import java.time.LocalDate;
import java.util.Comparator;

/**
 * One row's key of the dashboard's verified days (item_verified_day, decision 0123): how many items were verified
 * implemented on a day, per recipient and report. Only items verified implemented with a closing date are counted
 * ({@link ItemCountKey#verifiedWithADay}); they are what "verified this quarter" and the median days from publication
 * to a verified close count. Every other item has no row here.
 *
 * @param verifiedOn the item's closing date ({@code closed_on})
 */
public record VerifiedDayKey(long recipientId, long reportId, LocalDate verifiedOn) implements Comparable<VerifiedDayKey> {

    private static final Comparator<VerifiedDayKey> ORDER = Comparator.comparingLong(VerifiedDayKey::recipientId)
            .thenComparingLong(VerifiedDayKey::reportId).thenComparing(VerifiedDayKey::verifiedOn);

    @Override
    public int compareTo(VerifiedDayKey o) {
        return ORDER.compare(this, o);
    }
}
