package org.oversight.importing;

import java.util.List;

/**
 * One row of a preview: the cells as they will be saved (names resolved), and its problems.
 *
 * @param value what will be saved; null when the row has problems
 */
public record ImportRow<T>(int row, List<String> shown, T value, List<ImportProblem> problems) {

    public ImportRow {
        shown = List.copyOf(shown);
        problems = List.copyOf(problems);
    }

    public boolean ok() {
        return problems.isEmpty();
    }
}
