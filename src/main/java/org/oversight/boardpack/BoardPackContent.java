package org.oversight.boardpack;

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

    /** A chart: its title, its text alternative and the figures behind it; {@code index} finds its drawing. */
    public record Chart(int index, String id, String title, String altText, ChartTable table, boolean empty, int heightMm) {
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
