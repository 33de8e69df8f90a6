package org.oversight.recommendation.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.h2.api.Trigger;

/**
 * Keeps H2's search words ({@link SearchWords}) current: after every insert, update or delete of a recommendation
 * or a report, in the same transaction, the row's words are replaced by those of its new text (so a rollback takes
 * them back with the text). Named by {@code db/vendor/h2/V1520} and {@code V1533} as the class H2 calls: renaming or moving it needs a
 * migration that recreates the triggers. H2 only; PostgreSQL has its trigram indexes.
 */
public class SearchWordTrigger implements Trigger {

    private String kind;
    private int id;
    private int[] texts;

    @Override
    public void init(Connection conn, String schema, String trigger, String table, boolean before, int type)
            throws SQLException {
        List<String> columns = new ArrayList<>();
        try (ResultSet rs = conn.getMetaData().getColumns(null, schema, table, null)) {
            while (rs.next()) {
                columns.add(rs.getString("COLUMN_NAME").toUpperCase(Locale.ROOT));
            }
        }
        List<String> textColumns = switch (table.toUpperCase(Locale.ROOT)) {
            case "RECOMMENDATION" -> {
                kind = SearchWords.RECOMMENDATION;
                yield List.of("TEXT");
            }
            case "REPORT" -> {
                kind = SearchWords.REPORT;
                yield List.of("TITLE", "REFERENCE");
            }
            default -> throw new SQLException("no search words are kept for the table " + table); // i18n-ok: a database trigger's error, for programmers
        };
        id = columns.indexOf("ID");
        texts = textColumns.stream().mapToInt(columns::indexOf).toArray();
        if (id < 0 || java.util.Arrays.stream(texts).anyMatch(i -> i < 0)) {
            throw new SQLException("the table " + table + " lacks the columns " + textColumns + " or ID: " + columns); // i18n-ok: a database trigger's error, for programmers
        }
    }

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        if (oldRow != null) {
            try (PreparedStatement delete = conn.prepareStatement("DELETE FROM search_word WHERE kind = ? AND owner_id = ?")) {
                delete.setString(1, kind);
                delete.setLong(2, ((Number) oldRow[id]).longValue());
                delete.executeUpdate();
            }
        }
        if (newRow == null) {
            return;
        }
        String[] values = new String[texts.length];
        for (int i = 0; i < texts.length; i++) {
            values[i] = (String) newRow[texts[i]];
        }
        Set<String> words = SearchWords.of(values);
        long owner = ((Number) newRow[id]).longValue();
        try (PreparedStatement insert = conn.prepareStatement("INSERT INTO search_word (word, kind, owner_id) VALUES (?, ?, ?)");
             PreparedStatement known = conn.prepareStatement("SELECT 1 FROM search_word_list WHERE word = ?");
             PreparedStatement list = conn.prepareStatement("INSERT INTO search_word_list (word) VALUES (?)")) {
            for (String word : words) {
                insert.setString(1, word);
                insert.setString(2, kind);
                insert.setLong(3, owner);
                insert.addBatch();
                known.setString(1, word);
                try (ResultSet rs = known.executeQuery()) {
                    if (!rs.next()) {
                        // no unique key: two writers adding the same new word at once both add it, which only
                        // repeats it in the list, rather than failing one of them
                        list.setString(1, word);
                        list.executeUpdate();
                    }
                }
            }
            insert.executeBatch();
        }
    }
}
