package org.oversight.dashboard.internal;

import java.util.List;

/** The median of a distribution given as (value, how many) pairs in ascending order of value. */
final class Median {

    private Median() {
    }

    /**
     * As PERCENTILE_CONT(0.5) takes it over the values one by one: the middle value, or the mean of the two middle
     * values when their number is even. Pairs counting zero are skipped; null when nothing is counted.
     */
    static Double ofDistribution(List<int[]> valueAndCount) {
        long total = valueAndCount.stream().mapToLong(p -> p[1]).sum();
        if (total == 0) {
            return null;
        }
        long low = (total - 1) / 2;
        long high = total / 2;
        Integer lowValue = null;
        long seen = 0;
        for (int[] p : valueAndCount) {
            if (p[1] <= 0) {
                continue;
            }
            long next = seen + p[1];
            if (lowValue == null && low < next) {
                lowValue = p[0];
            }
            if (high < next) {
                return lowValue + (p[0] - lowValue) / 2.0;
            }
            seen = next;
        }
        throw new IllegalStateException("a distribution counting " + total + " has no middle");
    }
}
