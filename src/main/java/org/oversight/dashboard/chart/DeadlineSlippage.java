package org.oversight.dashboard.chart;

import java.util.List;
import org.oversight.actionplan.ActionSlippageKey;
import org.oversight.base.i18n.Messages;

/**
 * Slippage of actions as users mean it, three measures kept apart and each counted in the same buckets of days:
 * <ul>
 *   <li><b>moved later</b>: the current due date (after approved moves) is after the date first agreed with the
 *       watchdog, by that many days; an approved move changes this at once;</li>
 *   <li><b>finished late</b>: a done action was completed after its current due date, by that many days;</li>
 *   <li><b>overdue now</b>: an action not done whose current due date has passed, by days since.</li>
 * </ul>
 * An action may count under more than one measure (moved later and now overdue); {@code onTime} counts those under
 * none. The date first agreed is the one the plan was submitted with (kept as the action's original date).
 *
 * @param actions the actions counted (not cancelled)
 * @param onTime  actions never moved later, not finished late and not overdue
 * @param buckets the standard four, from {@link #STANDARD_LABELS}
 */
public record DeadlineSlippage(int actions, int onTime, List<Bucket> buckets) implements ChartData {

    /** The keys of the standard four spans' names in the bundles. */
    public static final List<String> STANDARD_LABELS = List.of("dashboard.slippage.bucket.1-30",
            "dashboard.slippage.bucket.31-90", "dashboard.slippage.bucket.91-180", "dashboard.slippage.bucket.over-180");

    /** One span of days, with how many actions slipped by that much under each measure. */
    public record Bucket(String label, int movedLater, int finishedLate, int overdueNow) {
        public Bucket {
            if (movedLater < 0 || finishedLate < 0 || overdueNow < 0) {
                throw new IllegalArgumentException("negative count for " + label);
            }
        }
    }

    public DeadlineSlippage {
        buckets = List.copyOf(buckets);
        if (buckets.isEmpty()) {
            throw new IllegalArgumentException("need at least one bucket");
        }
    }

    /** The standard buckets: each array holds the four counts in the order of {@link #STANDARD_LABELS}. */
    public static DeadlineSlippage of(int actions, int onTime, int[] movedLater, int[] finishedLate, int[] overdueNow) {
        return new DeadlineSlippage(actions, onTime, java.util.stream.IntStream.range(0, STANDARD_LABELS.size())
                .mapToObj(i -> new Bucket(Messages.t(STANDARD_LABELS.get(i)), movedLater[i], finishedLate[i], overdueNow[i]))
                .toList());
    }

    /**
     * The standard bucket (index into {@link #STANDARD_LABELS}) for a slip of {@code days}; -1 for none (zero or
     * fewer days). One definition with the queries and the slippage summary's ({@link ActionSlippageKey#bucketOf}).
     */
    public static int bucketOf(long days) {
        return ActionSlippageKey.bucketOf(days);
    }

    @Override
    public boolean isEmpty() {
        return actions == 0;
    }

    public int total() {
        return actions;
    }

    public int movedLater() {
        return buckets.stream().mapToInt(Bucket::movedLater).sum();
    }

    public int finishedLate() {
        return buckets.stream().mapToInt(Bucket::finishedLate).sum();
    }

    public int overdueNow() {
        return buckets.stream().mapToInt(Bucket::overdueNow).sum();
    }

    /** Actions that slipped under at least one measure. */
    public int slipped() {
        return actions - onTime;
    }
}
