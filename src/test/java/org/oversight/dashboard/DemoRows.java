package org.oversight.dashboard;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The rows behind the dashboard, read with plain SQL through JDBC (no jOOQ, no aggregates), so that the tests can
 * count the dashboard's figures again in Java, independently of the queries under test.
 */
final class DemoRows {

    static final ZoneId UK = ZoneId.of("Europe/London");

    record Item(long id, String status, LocalDate dueOn, LocalDate closedOn, int reopenCount, long recipientId,
                String recipient, String recipientCode, String recipientKind, String kind, String watchdog,
                String watchdogName, LocalDate published, long reportId, Set<String> themes) {
    }

    /** A pause of a clock not yet met, both ends inclusive; {@code to} null while it runs. */
    record Pause(long item, LocalDate from, LocalDate to) {
        boolean covers(LocalDate day) {
            return !day.isBefore(from) && (to == null || !day.isAfter(to));
        }
    }

    record Change(long item, String from, String to, OffsetDateTime at) {
    }

    record Action(long id, long plan, String status, LocalDate due, LocalDate originalDue, LocalDate completed,
                  Set<Long> answers, LocalDate agreedDue) {
    }

    record Plan(long id, long organisationId, long reportId, String status, String watchdog, LocalDate published) {
    }

    record Theme(String code, String name) {
    }

    final List<Item> items;
    final List<Change> changes;
    final List<Pause> pauses;
    final List<Action> actions;
    final List<Plan> plans;
    final Map<String, String> themeNames;
    final Map<String, Long> organisationIds;

    DemoRows(JdbcTemplate jdbc) {
        Map<Long, Set<String>> themesOf = new HashMap<>();
        jdbc.query("SELECT rt.recommendation_id, th.code FROM recommendation_theme rt JOIN theme th ON th.id = rt.theme_id",
                (ResultSet rs) -> {
                    themesOf.computeIfAbsent(rs.getLong(1), k -> new HashSet<>()).add(rs.getString(2));
                });
        items = jdbc.query("""
                SELECT t.id, t.status, t.due_on, t.closed_on, t.reopen_count, t.recipient_id, o.name, o.code, o.kind,
                       r.kind, w.code, w.short_name, p.published_on, r.id, p.id
                FROM tracked_recommendation t, recommendation r, report p, organisation o, organisation w
                WHERE r.id = t.recommendation_id AND p.id = r.report_id AND o.id = t.recipient_id AND w.id = p.watchdog_id
                """, (rs, n) -> new Item(rs.getLong(1), rs.getString(2), date(rs, 3), date(rs, 4), rs.getInt(5),
                rs.getLong(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11),
                rs.getString(12), date(rs, 13), rs.getLong(15), themesOf.getOrDefault(rs.getLong(14), Set.of())));
        pauses = jdbc.query("""
                SELECT c.tracked_recommendation_id, cp.from_on, cp.to_on FROM clock_pause cp JOIN clock c ON c.id = cp.clock_id
                WHERE c.met_on IS NULL AND c.tracked_recommendation_id IS NOT NULL
                """, (rs, n) -> new Pause(rs.getLong(1), date(rs, 2), date(rs, 3)));
        changes = jdbc.query("SELECT tracked_recommendation_id, from_status, to_status, changed_at FROM status_change ORDER BY changed_at, id",
                (rs, n) -> new Change(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, OffsetDateTime.class)));
        Map<Long, Set<Long>> answers = new HashMap<>();
        jdbc.query("SELECT action_id, tracked_recommendation_id FROM action_recommendation", (ResultSet rs) -> {
            answers.computeIfAbsent(rs.getLong(1), k -> new HashSet<>()).add(rs.getLong(2));
        });
        actions = jdbc.query("SELECT id, plan_id, status, due_on, original_due_on, completed_on, agreed_due_on FROM action",
                (rs, n) -> new Action(rs.getLong(1), rs.getLong(2), rs.getString(3), date(rs, 4), date(rs, 5),
                        date(rs, 6), answers.getOrDefault(rs.getLong(1), Set.of()), date(rs, 7)));
        plans = jdbc.query("""
                SELECT ap.id, ap.organisation_id, ap.report_id, ap.status, w.code, p.published_on
                FROM action_plan ap, report p, organisation w WHERE p.id = ap.report_id AND w.id = p.watchdog_id
                """, (rs, n) -> new Plan(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getString(5),
                date(rs, 6)));
        themeNames = new HashMap<>();
        jdbc.query("SELECT code, name FROM theme", (ResultSet rs) -> {
            themeNames.put(rs.getString(1), rs.getString(2));
        });
        organisationIds = new HashMap<>();
        jdbc.query("SELECT code, id FROM organisation", (ResultSet rs) -> {
            organisationIds.put(rs.getString(1), rs.getLong(2));
        });
    }

    private static LocalDate date(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }
}
