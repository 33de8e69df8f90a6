package org.oversight.dashboard.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.oversight.actionplan.ActionSlippageKey;
import org.oversight.dashboard.chart.DeadlineSlippage;

/**
 * The figures of chart 4 (deadline slippage) as conditional counts in one statement, in one shape for the two
 * sources that answer them: live actions ({@link JooqActionQuery}) and the slippage summary
 * ({@link JooqSlippageSummaryQuery}, decision 0112). Each source says how it counts the actions that meet a
 * condition and how it writes each measure's span of days ({@link ActionSlippageKey#bucketOf}); the fields and
 * the reading of the row are the same for both, so the two give the same chart for the same actions.
 */
interface SlippageCounts {

    /** How many actions meet the condition. */
    Field<Integer> count(Condition condition);

    /** Never moved later, not finished late and not overdue as of today. */
    Condition onTime(LocalDate today);

    Condition movedLater(int bucket);

    Condition finishedLate(int bucket);

    Condition overdueNow(int bucket, LocalDate today);

    /** Every action, on time, then moved later, finished late and overdue now in each span. */
    default List<Field<Integer>> fields(LocalDate today) {
        List<Field<Integer>> fields = new ArrayList<>();
        fields.add(count(DSL.noCondition()));
        fields.add(count(onTime(today)));
        for (int b = 0; b < ActionSlippageKey.BUCKETS; b++) {
            fields.add(count(movedLater(b)));
        }
        for (int b = 0; b < ActionSlippageKey.BUCKETS; b++) {
            fields.add(count(finishedLate(b)));
        }
        for (int b = 0; b < ActionSlippageKey.BUCKETS; b++) {
            fields.add(count(overdueNow(b, today)));
        }
        return fields;
    }

    /** The chart's figures from a row of {@link #fields}. */
    static DeadlineSlippage figures(Record r) {
        int n = ActionSlippageKey.BUCKETS;
        int[][] counts = new int[3][n];
        for (int m = 0; m < 3; m++) {
            for (int b = 0; b < n; b++) {
                counts[m][b] = r.get(2 + m * n + b, Integer.class);
            }
        }
        return DeadlineSlippage.of(r.get(0, Integer.class), r.get(1, Integer.class), counts[0], counts[1], counts[2]);
    }

    /** {@code days} within span {@code bucket}, for a source that counts days. */
    static Condition within(Field<Integer> days, int bucket) {
        int last = ActionSlippageKey.lastDay(bucket);
        return last == Integer.MAX_VALUE ? days.ge(ActionSlippageKey.firstDay(bucket))
                : days.between(ActionSlippageKey.firstDay(bucket), last);
    }
}
