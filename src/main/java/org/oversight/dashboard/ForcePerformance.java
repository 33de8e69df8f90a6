package org.oversight.dashboard;

/**
 * One force's figures for the performance table, as counts; the rates are worked out from them here, once, so that
 * every screen says the same. A rate with nothing to count is null ("no data"), never 0.
 *
 * @param items               the force's items in the filter
 * @param responsesMade       items whose response (action plan or response) clock has been met
 * @param responsesOnTime     of those, met on or before the due date
 * @param medianDaysToVerify  median days from publication to verified close, or null with no verified item
 * @param verified            items verified implemented
 * @param open                items not closed
 * @param overdue             open items overdue, as the register and dashboard count them
 * @param everClosed          items closed now or reopened once
 * @param reopened            items reopened at least once
 * @param assessed            items whose latest outcome is a judgement (effective, partly or not effective)
 * @param effective           of those, judged effective
 * @param undetermined        items whose latest outcome could not be determined (in neither of the above)
 * @param repeats             items whose recommendation repeats or builds on an earlier one
 */
public record ForcePerformance(String code, String name, int items, int responsesMade, int responsesOnTime,
                               Double medianDaysToVerify, int verified, int open, int overdue, int everClosed,
                               int reopened, int assessed, int effective, int undetermined, int repeats) {

    public Double onTimeShare() {
        return share(responsesOnTime, responsesMade);
    }

    public Double overdueShare() {
        return share(overdue, open);
    }

    public Double reopenRate() {
        return share(reopened, everClosed);
    }

    public Double effectiveShare() {
        return share(effective, assessed);
    }

    public Double repeatShare() {
        return share(repeats, items);
    }

    private static Double share(int part, int whole) {
        return whole == 0 ? null : (double) part / whole;
    }

    /** The median force on each rate; null where no force has data. */
    public record Medians(Double onTimeShare, Double medianDaysToVerify, Double overdueShare, Double reopenRate,
                          Double effectiveShare, Double repeatShare) {

        public static Medians of(java.util.List<ForcePerformance> forces) {
            return new Medians(median(forces, ForcePerformance::onTimeShare),
                    median(forces, ForcePerformance::medianDaysToVerify), median(forces, ForcePerformance::overdueShare),
                    median(forces, ForcePerformance::reopenRate), median(forces, ForcePerformance::effectiveShare),
                    median(forces, ForcePerformance::repeatShare));
        }

        private static Double median(java.util.List<ForcePerformance> forces,
                                     java.util.function.Function<ForcePerformance, Double> rate) {
            double[] values = forces.stream().map(rate).filter(java.util.Objects::nonNull)
                    .mapToDouble(Double::doubleValue).sorted().toArray();
            if (values.length == 0) {
                return null;
            }
            int mid = values.length / 2;
            return values.length % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
        }
    }
}
