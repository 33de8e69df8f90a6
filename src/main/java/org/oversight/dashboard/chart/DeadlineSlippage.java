package org.oversight.dashboard.chart;

import java.util.List;

/**
 * How many actions met their deadline and how many slipped by how much, as buckets of days late.
 *
 * @param buckets the buckets from "on time" (always first) to the longest slippage; use {@link #of} for the
 *                standard five
 */
public record DeadlineSlippage(List<Bucket> buckets) implements ChartData {

    public static final List<String> STANDARD_LABELS =
            List.of("On time", "1\u201330 days", "31\u201390 days", "91\u2013180 days", "Over 180 days");

    public record Bucket(String label, int actions) {
        public Bucket {
            if (actions < 0) {
                throw new IllegalArgumentException("negative count for " + label);
            }
        }
    }

    public DeadlineSlippage {
        buckets = List.copyOf(buckets);
        if (buckets.size() < 2) {
            throw new IllegalArgumentException("need an on-time bucket and at least one slippage bucket");
        }
    }

    /** The standard buckets; see {@link #bucketOf(long)} for their bounds. */
    public static DeadlineSlippage of(int onTime, int upTo30, int upTo90, int upTo180, int over180) {
        int[] counts = {onTime, upTo30, upTo90, upTo180, over180};
        return new DeadlineSlippage(java.util.stream.IntStream.range(0, counts.length)
                .mapToObj(i -> new Bucket(STANDARD_LABELS.get(i), counts[i])).toList());
    }

    /**
     * The standard bucket (index into {@link #STANDARD_LABELS}) for an action finished or still open
     * {@code daysLate} days after its original due date; zero or fewer is on time. Queries use the same bounds.
     */
    public static int bucketOf(long daysLate) {
        if (daysLate <= 0) {
            return 0;
        }
        return daysLate <= 30 ? 1 : daysLate <= 90 ? 2 : daysLate <= 180 ? 3 : 4;
    }

    @Override
    public boolean isEmpty() {
        return total() == 0;
    }

    public int total() {
        return buckets.stream().mapToInt(Bucket::actions).sum();
    }

    public int onTime() {
        return buckets.getFirst().actions();
    }

    public int slipped() {
        return total() - onTime();
    }
}
