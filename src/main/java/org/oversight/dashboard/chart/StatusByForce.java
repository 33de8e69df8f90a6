package org.oversight.dashboard.chart;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.oversight.base.i18n.Messages;

/**
 * Recommendations per force, split into status groups (one stacked bar per force).
 *
 * @param groups           the status groups in the order their segments are stacked (e.g. Awaiting plan,
 *                         In progress, Reported complete, Overdue, Verified closed, Closed for another reason); the
 *                         groups must not overlap, so that each recommendation is counted in exactly one segment
 * @param forces           one row per force, counts in the order of {@code groups}; any order, the chart sorts
 * @param highlightedForce the force a chief officer is comparing with the rest, if any
 */
public record StatusByForce(List<StatusGroup> groups, List<CountRow> forces, Optional<String> highlightedForce)
        implements ChartData {

    /** A status group; its kind says whether its items count as open, and which ones are overdue. */
    public record StatusGroup(String key, Kind kind) {

        public enum Kind { OPEN, OVERDUE, CLOSED }

        public static StatusGroup open(String label) {
            return new StatusGroup(label, Kind.OPEN);
        }

        public static StatusGroup overdue(String label) {
            return new StatusGroup(label, Kind.OVERDUE);
        }

        public static StatusGroup closed(String label) {
            return new StatusGroup(label, Kind.CLOSED);
        }

        /** The group's name in the reader's language; a key missing from the bundles reads as written. */
        public String label() {
            return Messages.has(key) ? Messages.t(key) : key;
        }

        public boolean isOpen() {
            return kind != Kind.CLOSED;
        }
    }

    public StatusByForce {
        groups = List.copyOf(groups);
        if (groups.stream().map(StatusGroup::label).distinct().count() != groups.size()) {
            throw new IllegalArgumentException("status group labels must be unique: " + groups);
        }
        forces = CountRow.checked(forces, groups.size(), "force");
    }

    public StatusByForce(List<StatusGroup> groups, List<CountRow> forces) {
        this(groups, forces, Optional.empty());
    }

    @Override
    public boolean isEmpty() {
        return forces.stream().allMatch(f -> f.total() == 0);
    }

    /** Open items of a force: everything not in a closed group. */
    public int open(CountRow force) {
        return sumOf(force, StatusGroup::isOpen);
    }

    public int overdue(CountRow force) {
        return sumOf(force, g -> g.kind() == StatusGroup.Kind.OVERDUE);
    }

    /** Forces with the most open items first; ties by total, then by name, so the order is stable. */
    public List<CountRow> forcesByOpenDescending() {
        return forces.stream()
                .sorted(Comparator.comparingInt(this::open).reversed()
                        .thenComparing(Comparator.comparingInt(CountRow::total).reversed())
                        .thenComparing(CountRow::name))
                .toList();
    }

    /**
     * True when the chart is about one organisation only (a force lead's or national lead's own, or a filter down to
     * one), not comparing it with others: it is then drawn as a status breakdown, one bar per status group.
     */
    public boolean isBreakdown() {
        return forces.size() == 1 && highlightedForce.isEmpty();
    }

    /** True when some rows are national bodies, so the words must say "forces and national bodies". */
    public boolean includesNationalBodies() {
        return forces.stream().anyMatch(CountRow::nationalBody);
    }

    /**
     * The rows in words, forces and national bodies named apart: "3 forces", "1 national body",
     * "43 forces and 6 national bodies".
     */
    public String organisationsInWords() {
        long bodies = forces.stream().filter(CountRow::nationalBody).count();
        long forceCount = forces.size() - bodies;
        if (bodies == 0) {
            return Texts.count("dashboard.count.forces", forceCount);
        }
        if (forceCount == 0) {
            return Texts.count("dashboard.count.national-bodies", bodies);
        }
        return Texts.and(java.util.List.of(Texts.count("dashboard.count.forces", forceCount),
                Texts.count("dashboard.count.national-bodies", bodies)));
    }

    public Optional<CountRow> force(String name) {
        return forces.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    private int sumOf(CountRow force, java.util.function.Predicate<StatusGroup> which) {
        int sum = 0;
        for (int i = 0; i < groups.size(); i++) {
            if (which.test(groups.get(i))) {
                sum += force.count(i);
            }
        }
        return sum;
    }
}
