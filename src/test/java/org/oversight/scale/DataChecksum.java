package org.oversight.scale;

import static org.oversight.db.Tables.APP_USER;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.oversight.db.Tables;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A SHA-256 over every generated row, table by table in key order, with values in a database-neutral form
 * (instants in UTC, dates in ISO form): two runs with the same seed, scale and day give the same checksum, on
 * H2 and PostgreSQL alike.
 */
@Component
public class DataChecksum {

    private static final List<Table<?>> TABLES = List.of(Tables.REPORT, Tables.REPORT_FORCE, Tables.REPORT_THEME,
            Tables.RECOMMENDATION, Tables.RECOMMENDATION_THEME, Tables.TRACKED_RECOMMENDATION, Tables.STATUS_CHANGE,
            Tables.ACTION_PLAN, Tables.ACTION_PLAN_EVENT, Tables.ACTION, Tables.ACTION_RECOMMENDATION,
            Tables.DUE_DATE_REVISION, Tables.PROGRESS_UPDATE, Tables.EVIDENCE, Tables.EVIDENCE_FILE, Tables.AUDIT_EVENT);

    private final DSLContext dsl;

    DataChecksum(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Read in one transaction, so that PostgreSQL streams the rows instead of loading each table whole. */
    @Transactional(readOnly = true)
    public String of() {
        MessageDigest digest = sha256();
        hash(digest, APP_USER, APP_USER.USERNAME.startsWith(People.PREFIX));
        for (Table<?> table : TABLES) {
            hash(digest, table, DSL.noCondition());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private void hash(MessageDigest digest, Table<?> table, Condition where) {
        var key = table.getPrimaryKey().getFields();
        try (var cursor = dsl.selectFrom(table).where(where).orderBy(key.toArray(org.jooq.OrderField[]::new))
                .fetchSize(2_000).fetchLazy()) {
            StringBuilder line = new StringBuilder(256);
            for (var row : cursor) {
                line.setLength(0);
                line.append(table.getName());
                for (Object v : row.intoArray()) {
                    line.append('\u001f').append(text(v));
                }
                digest.update(line.toString().getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    private static String text(Object v) {
        return switch (v) {
            case null -> "\u2400";
            case OffsetDateTime t -> t.toInstant().toString();
            case byte[] b -> HexFormat.of().formatHex(sha256().digest(b));
            default -> v.toString();
        };
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
