package org.oversight.dashboard.chart;

import java.util.List;

/**
 * Open recommendations per theme per force (heat map).
 *
 * @param themes the themes across the top, e.g. "Custody", "Stop and search", "Vetting"
 * @param forces one row per force, counts in the order of {@code themes}; drawn top to bottom in the order given
 */
public record ThemesByForce(List<String> themes, List<CountRow> forces) implements ChartData {

    public ThemesByForce {
        themes = List.copyOf(themes);
        forces = CountRow.checked(forces, themes.size(), "force");
    }

    @Override
    public boolean isEmpty() {
        return themes.isEmpty() || forces.stream().allMatch(f -> f.total() == 0);
    }

    public int total() {
        return forces.stream().mapToInt(CountRow::total).sum();
    }

    public int themeTotal(int theme) {
        return forces.stream().mapToInt(f -> f.count(theme)).sum();
    }

    public int max() {
        return forces.stream().flatMap(f -> f.counts().stream()).mapToInt(Integer::intValue).max().orElse(0);
    }
}
