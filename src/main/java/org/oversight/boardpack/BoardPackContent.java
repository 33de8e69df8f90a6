package org.oversight.boardpack;

import org.oversight.base.i18n.Messages;
import java.util.List;
import org.oversight.dashboard.chart.ChartTable;

/**
 * Everything one board pack says, gathered before anything is drawn: its hash decides whether a pack made earlier
 * can be handed out again. Records throughout, so that {@code toString()} lists every value.
 *
 * @param scopeKey "org:SURREY", "watchdog:IOPC", "national": which earlier pack "what changed" compares with
 */
public record BoardPackContent(String scopeKey, String title, String scope, String filters, String madeOn,
                               List<Figure> figures, List<Chart> charts, Lines overdue, Lines dueSoon,
                               List<String> changes, String previousOn) {

    /** A headline figure, said in words with its number ("Overdue", 12). */
    public record Figure(String label, int value, String note) {
    }

    /**
     * A chart: its title, its text alternative and the figures behind it; {@code index} finds its drawing. A table
     * wider than {@link #COLUMNS_PER_PART} columns is printed in parts, each with the first column (what the row is)
     * and the next columns, so that every part fits A4's width in a readable type size (see {@link #parts()}).
     */
    public record Chart(int index, String id, String title, String altText, ChartTable table, boolean empty, int heightMm) {

        /** The row's label column plus this many figures fit 180 mm at 8.5 pt with room for two-line headings. */
        public static final int COLUMNS_PER_PART = 8;

        public List<Part> parts() {
            int figures = table.headers().size() - 1;
            int per = COLUMNS_PER_PART - 1;
            if (figures <= per) {
                return List.of(new Part(table.headers(), table.rows(), ""));
            }
            List<Part> parts = new java.util.ArrayList<>();
            int count = (figures + per - 1) / per;
            for (int from = 1, n = 1; from <= figures; from += per, n++) {
                int to = Math.min(from + per, figures + 1);
                List<String> headers = new java.util.ArrayList<>(List.of(table.headers().getFirst()));
                headers.addAll(table.headers().subList(from, to));
                int start = from;
                List<List<String>> rows = table.rows().stream().map(r -> {
                    List<String> row = new java.util.ArrayList<>(List.of(r.getFirst()));
                    row.addAll(r.subList(start, to));
                    return List.copyOf(row);
                }).toList();
                parts.add(new Part(headers, rows, " " + (to - 1 > from
                        ? Messages.t("boardpack.pdf.part-columns", n, count, table.headers().get(from), table.headers().get(to - 1))
                        : Messages.t("boardpack.pdf.part-column", n, count, table.headers().get(from)))));
            }
            return parts;
        }
    }

    /** Some columns of a chart's table, with the row labels, and which part it is ("" when the table is whole). */
    public record Part(List<String> headers, List<List<String>> rows, String which) {
    }

    /** A list of items with how many there are in all (the list itself may be cut short). */
    public record Lines(int total, List<Line> lines) {

        public boolean cut() {
            return total > lines.size();
        }
    }

    public record Line(String report, String number, String text, String recipient, String due, String when) {
    }
}
