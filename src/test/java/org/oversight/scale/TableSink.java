package org.oversight.scale;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

/**
 * Buffers rows for one table and writes them in bulk (multi-row INSERTs or a JDBC batch, whichever the database
 * takes faster), which is what makes a million rows a matter of seconds rather than of hours. Columns are declared as
 * {@code name:type} with type L (bigint), I (int), S (varchar), D (date), T (timestamp with time zone),
 * B (boolean) or X (bytes), so that a null is bound with the type the column expects.
 */
final class TableSink {

    /** PostgreSQL accepts at most 32,767 bind values per statement; stay well below it. */
    private static final int MAX_BINDS = 6_000;
    private static final int MAX_ROWS = 500;

    private final String table;
    private final String[] columns;
    private final int[] types;
    private final int rowsPerStatement;
    private final List<Object[]> buffer = new ArrayList<>();
    private long written;

    TableSink(String table, String columnSpec) {
        this.table = table;
        String[] specs = columnSpec.trim().split("\\s+");
        this.columns = new String[specs.length];
        this.types = new int[specs.length];
        for (int i = 0; i < specs.length; i++) {
            String[] nameType = specs[i].split(":");
            columns[i] = nameType[0];
            types[i] = switch (nameType[1]) {
                case "L" -> Types.BIGINT;
                case "I" -> Types.INTEGER;
                case "S" -> Types.VARCHAR;
                case "D" -> Types.DATE;
                case "T" -> Types.TIMESTAMP_WITH_TIMEZONE;
                case "B" -> Types.BOOLEAN;
                case "X" -> Types.BINARY;
                default -> throw new IllegalArgumentException("unknown column type in " + specs[i]);
            };
        }
        this.rowsPerStatement = Math.max(1, Math.min(MAX_ROWS, MAX_BINDS / columns.length));
    }

    String table() {
        return table;
    }

    void add(Object... values) {
        if (values.length != columns.length) {
            throw new IllegalArgumentException(table + " takes " + columns.length + " values, got " + values.length);
        }
        buffer.add(values);
    }

    int buffered() {
        return buffer.size();
    }

    long written() {
        return written + buffer.size();
    }

    /**
     * @param multiRow true: INSERTs of several hundred rows each (fastest on PostgreSQL); false: one-row INSERTs
     *                 sent as a JDBC batch (fastest on H2, which runs in this process)
     */
    void flush(Connection connection, boolean multiRow) throws SQLException {
        if (buffer.isEmpty()) {
            return;
        }
        if (multiRow) {
            flushMultiRow(connection);
        } else {
            try (PreparedStatement ps = connection.prepareStatement(insertSql(1))) {
                for (int r = 0; r < buffer.size(); r++) {
                    bind(ps, r, 1);
                    ps.addBatch();
                    if ((r + 1) % MAX_ROWS == 0) {
                        ps.executeBatch();
                    }
                }
                ps.executeBatch();
            }
        }
        written += buffer.size();
        buffer.clear();
    }

    private void flushMultiRow(Connection connection) throws SQLException {
        int full = buffer.size() / rowsPerStatement;
        if (full > 0) {
            try (PreparedStatement ps = connection.prepareStatement(insertSql(rowsPerStatement))) {
                for (int chunk = 0; chunk < full; chunk++) {
                    bind(ps, chunk * rowsPerStatement, rowsPerStatement);
                    ps.executeUpdate();
                }
            }
        }
        int rest = buffer.size() - full * rowsPerStatement;
        if (rest > 0) {
            try (PreparedStatement ps = connection.prepareStatement(insertSql(rest))) {
                bind(ps, full * rowsPerStatement, rest);
                ps.executeUpdate();
            }
        }
    }

    private void bind(PreparedStatement ps, int from, int rows) throws SQLException {
        int p = 1;
        for (int r = from; r < from + rows; r++) {
            Object[] row = buffer.get(r);
            for (int c = 0; c < columns.length; c++) {
                Object v = row[c];
                if (v == null) {
                    ps.setNull(p++, types[c]);
                } else if (v instanceof byte[] bytes) {
                    ps.setBytes(p++, bytes);
                } else {
                    ps.setObject(p++, v);
                }
            }
        }
    }

    private String insertSql(int rows) {
        StringBuilder sql = new StringBuilder("INSERT INTO ").append(table).append(" (")
                .append(String.join(", ", columns)).append(") VALUES ");
        String tuple = "(" + "?, ".repeat(columns.length - 1) + "?)";
        for (int r = 0; r < rows; r++) {
            sql.append(r == 0 ? "" : ", ").append(tuple);
        }
        return sql.toString();
    }
}
