package org.oversight.base.export;

import org.oversight.base.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The shape of an exported list: its columns, and what the file says when there is no row. A service writes its
 * rows through {@link #write}, inside its own transaction and scope, so that an export holds exactly what the same
 * user sees on the screen, one row at a time. A heading or empty note may be a message key
 * ({@code admin.export.name}): it is then written in the reader's language when the file is made (decision 0090),
 * so that a table can be a constant.
 */
public record Table<T>(List<Column<T>> columns, String emptyNote) {

    @SafeVarargs
    public static <T> Table<T> of(String emptyNote, Column<T>... columns) {
        return new Table<>(List.of(columns), emptyNote);
    }

    public List<Heading> headings() {
        return columns.stream().map(c -> new Heading(text(c.heading()), c.kind())).toList();
    }

    /**
     * Writes the heading, then each row the source hands over, then the empty note if there was none; the source
     * is called once and is expected to stream (a database cursor), never to collect.
     */
    public long write(TableWriter out, Consumer<Consumer<T>> source) {
        out.begin(headings());
        long[] rows = {0};
        source.accept(row -> {
            List<Object> cells = new ArrayList<>(columns.size());
            for (Column<T> c : columns) {
                cells.add(c.value().apply(row));
            }
            out.row(cells);
            rows[0]++;
        });
        if (rows[0] == 0) {
            out.note(text(emptyNote));
        }
        out.end();
        return rows[0];
    }

    private static String text(String keyOrText) {
        return keyOrText != null && Messages.has(keyOrText) ? Messages.t(keyOrText) : keyOrText;
    }

    /** A column's heading and kind, all a writer needs to know. */
    public record Heading(String text, Column.Kind kind) {
    }
}
