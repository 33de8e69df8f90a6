package org.oversight.dashboard.chart;

import java.util.List;

/**
 * One labelled row of counts, e.g. a force and its number of recommendations per status group. The counts line
 * up with the series names of the chart data that holds the row.
 *
 * @param nationalBody true when the row is a national body (e.g. the National Crime Agency) rather than a force, so
 *                     that the words can name forces and national bodies apart ("43 forces and 6 national bodies")
 */
public record CountRow(String name, List<Integer> counts, boolean nationalBody) {

    public CountRow(String name, List<Integer> counts) {
        this(name, counts, false);
    }

    public CountRow {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a row needs a name");
        }
        counts = List.copyOf(counts);
        if (counts.stream().anyMatch(c -> c < 0)) {
            throw new IllegalArgumentException("negative count in " + name + ": " + counts);
        }
    }

    public static CountRow of(String name, Integer... counts) {
        return new CountRow(name, List.of(counts));
    }

    /** The same counts for a national body. */
    public CountRow asNationalBody() {
        return new CountRow(name, counts, true);
    }

    public int total() {
        return counts.stream().mapToInt(Integer::intValue).sum();
    }

    public int count(int series) {
        return counts.get(series);
    }

    /** Checks that every row has one count per series and that row names are unique. */
    static List<CountRow> checked(List<CountRow> rows, int series, String what) {
        List<CountRow> copy = List.copyOf(rows);
        if (copy.stream().map(CountRow::name).distinct().count() != copy.size()) {
            throw new IllegalArgumentException("each " + what + " may appear only once");
        }
        for (CountRow row : copy) {
            if (row.counts().size() != series) {
                throw new IllegalArgumentException(row.name() + " has " + row.counts().size() + " counts, expected "
                        + series);
            }
        }
        return copy;
    }
}
