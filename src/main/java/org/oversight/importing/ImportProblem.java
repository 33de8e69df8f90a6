package org.oversight.importing;

/**
 * What is wrong with one cell (or a whole row, when column is null), in words: "Row 7, Recipients: ...".
 *
 * @param row the row's number as the spreadsheet shows it (the header is row 1)
 */
public record ImportProblem(int row, String column, String message) {

    public String describe() {
        return "Row " + row + (column == null ? "" : ", " + column) + ": " + message;
    }
}
