package org.oversight.base;

import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The nightly safety net of a summary table kept by a ledger (the dashboard's item counts, decision 0105, and action
 * slippage, decision 0112): compare it with its recount from live rows and, only if they differ, say so in the log
 * and rebuild it. Not an unconditional rebuild, which would contend with the day's writers for the summary's rows.
 */
public final class SummaryRecount {

    private static final Logger log = LoggerFactory.getLogger(SummaryRecount.class);

    private SummaryRecount() {
    }

    /**
     * @param what    the summary, for the log ("The dashboard's item counts")
     * @param rebuild recounts the whole summary
     * @return how many rows differed (and were put right by {@code rebuild}); 0 when none
     */
    public static <K> int mendIfDiffering(String what, Map<K, Integer> stored, Map<K, Integer> recount, Runnable rebuild) {
        int differing = differingRows(stored, recount);
        if (differing > 0) {
            log.warn("{} differed from a recount in {} rows; rebuilt from live rows", what, differing);
            rebuild.run();
        }
        return differing;
    }

    /** How many keys count differently in the two; a key missing from one side differs. */
    static <K> int differingRows(Map<K, Integer> stored, Map<K, Integer> recount) {
        Set<K> keys = new HashSet<>(stored.keySet());
        keys.addAll(recount.keySet());
        return (int) keys.stream().filter(k -> !Objects.equals(stored.get(k), recount.get(k))).count();
    }
}
