package org.oversight.importing;

import org.oversight.base.i18n.Messages;

/**
 * What is wrong with one cell (or a whole row, when column is null), in words: "Row 7, Recipients: ...".
 *
 * @param row the row's number as the spreadsheet shows it (the header is row 1)
 */
public record ImportProblem(int row, String column, String message) {

    public String describe() {
        return column == null ? Messages.t("importing.problem.row", String.valueOf(row), message)
                : Messages.t("importing.problem.cell", String.valueOf(row), column, message);
    }
}
