package org.oversight.base;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;

/**
 * Adds to one row of a summary table kept by a ledger (decisions 0105, 0112, 0123, 0127): an upsert that adds, so
 * that concurrent changes to the same row add up rather than overwrite; a row that is not there yet is inserted
 * with the amount added.
 */
public final class SummaryRows {

    private SummaryRows() {
    }

    /**
     * @param n   the table's count column
     * @param key the row's key columns (the table's primary key) and their values
     */
    public static void add(DSLContext dsl, Table<?> table, Field<Integer> n, int delta, Map<Field<?>, Object> key) {
        Map<Field<?>, Object> row = new LinkedHashMap<>(key);
        row.put(n, delta);
        dsl.insertInto(table).set(row)
                .onConflict(key.keySet())
                .doUpdate()
                .set(n, n.plus(delta))
                .execute();
    }
}
