package org.oversight.dashboard;

import java.util.List;

/**
 * The performance table as the signed-in user may see it: every force for watchdog staff, national leads and
 * administrators; for a chief officer, their own force only, next to the national median of every force.
 *
 * @param ownForce the chief officer's force code, or null
 * @param medians  the median force on each rate, over every force in the filter (forces with no data left out)
 */
public record PerformanceTable(List<ForcePerformance> rows, ForcePerformance.Medians medians, String ownForce,
                               int forcesCompared) {
}
