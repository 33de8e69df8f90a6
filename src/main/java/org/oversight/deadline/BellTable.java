package org.oversight.deadline;

import static org.jooq.impl.DSL.inline;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.jooq.Field;
import org.jooq.Name;
import org.jooq.Record;
import org.jooq.Select;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * A person's bell counts as a table of one row (decision 0149), so that the bell can ask them and the inbox's unread
 * count in one statement on every navigation, where it asked three. The row holds the recipients' tally, the
 * watchdog's own clocks (zeros when the scope has no watchdog side) and the commissioners' responses owed, side by
 * side, and {@link #counts} adds them up with the same code as {@link JooqDeadlineQuery#counts} and
 * {@link DeadlineCounts#withCommissioners}, so the bell and the Deadlines list cannot differ.
 *
 * @param key   everything the table's SQL is made from (the scope, the day, the due-soon days): the key under which the
 *              SQL may be kept, rendered once ({@code base.RenderedOnce})
 * @param maker makes the table; called only when the key's SQL is first rendered
 */
public record BellTable(List<Object> key, Supplier<Table<?>> maker) {

    static final String NAME = "bell_deadlines";
    private static final List<String> COUNTS = List.of("overdue", "due_soon", "paused");

    public BellTable {
        key = List.copyOf(key);
    }

    /**
     * The table from the three tallies, each a select of one row whose first three columns count the overdue, the due
     * soon and the paused; {@code watchdog} is null for a scope with no watchdog side.
     */
    static Table<?> of(Select<?> recipients, Select<?> watchdog, Select<?> commissioners) {
        List<Field<?>> columns = new ArrayList<>();
        List<Table<?>> tallies = new ArrayList<>();
        add("r", recipients, columns, tallies);
        add("w", watchdog, columns, tallies);
        add("c", commissioners, columns, tallies);
        Table<?> from = tallies.getFirst();
        for (Table<?> t : tallies.subList(1, tallies.size())) {
            from = from.crossJoin(t); // each of one row: one row in all
        }
        return DSL.select(columns).from(from).asTable(NAME);
    }

    /** One tally's three counts as the table's columns {@code part_overdue}, …; zeros when there is no tally. */
    private static void add(String part, Select<?> tally, List<Field<?>> columns, List<Table<?>> tallies) {
        if (tally == null) {
            COUNTS.forEach(c -> columns.add(inline(0).as(part + "_" + c)));
            return;
        }
        Table<?> t = tally.asTable("bell_" + part, aliases(tally.getSelect().size()));
        COUNTS.forEach(c -> columns.add(t.field(c).as(part + "_" + c)));
        tallies.add(t);
    }

    /** The table, made afresh. */
    public Table<?> table() {
        return maker.get();
    }

    /** The counts in a row that holds this table's columns (and maybe others beside them). */
    public DeadlineCounts counts(Record row) {
        int[] r = part(row, "r");
        int[] w = part(row, "w");
        int[] c = part(row, "c");
        return JooqDeadlineQuery.Counted.ofRecipients(r[0], r[1], r[2], 0)
                .plus(JooqDeadlineQuery.Counted.ofWatchdog(w[0], w[1], w[2], 0)).counts()
                .withCommissioners(new JooqDeadlineQuery.CommissionerCounts(c[0], c[1], c[2]));
    }

    private static int[] part(Record row, String part) {
        return COUNTS.stream().mapToInt(c -> {
            Integer n = row.get(column(part + "_" + c), Integer.class);
            return n == null ? 0 : n; // a sum over nothing is SQL's NULL
        }).toArray();
    }

    private static Name column(String name) {
        return DSL.name(NAME, name);
    }

    /** The first three columns named as {@link #COUNTS}, any others after them as they come. */
    private static String[] aliases(int columns) {
        String[] names = new String[columns];
        for (int i = 0; i < columns; i++) {
            names[i] = i < COUNTS.size() ? COUNTS.get(i) : "other_" + i;
        }
        return names;
    }
}
