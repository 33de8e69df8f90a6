package org.oversight.bench;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * The floor for the dashboard: exactly the figures and chart aggregates that {@code DashboardService} computes for
 * an unfiltered dashboard, as hand-written SQL over plain JDBC, one round trip each, nothing counted in Java. Scope:
 * every item (a watchdog's national dashboard) or one recipient's (a chief officer's). The status-by-force
 * comparison follows the service: a chief officer's chart counts every force (so it is part of the one-force
 * floor), a watchdog's every recipient within scope. Definitions as the service's (keep them in step):
 * open = in an open status (the complement of the closed ones); overdue, due soon and paused as decision 0010 ({@code DeadlineStanding}); no
 * target date = plan agreed and no current deadline; awaiting decision = action plans SUBMITTED; median from
 * publication to verified close over every verified item; reopen rate = items reopened at least once among those
 * ever closed; the open-versus-closed trend as levels run up from the status history (every opening +1 open,
 * every close -1; reaching verified +1 verified, leaving it -1). {@code DashboardBenchmark} checks that both give
 * the same figures before it compares their times.
 */
final class DashboardFloor {

    static final String CLOSED = "('VERIFIED_IMPLEMENTED','CLOSED_NOT_IMPLEMENTED','NO_FURTHER_ACTION','SUPERSEDED')";
    /**
     * The open states, named as the service names them ({@code ItemSelection.open}, decision 0124): the same items as
     * {@code NOT IN} the closed ones, which no index can serve (on H2 overdue and themes read every item that way).
     */
    static final String OPEN = "('OPEN','PLAN_AWAITED','PLAN_SUBMITTED','PLAN_ACCEPTED','IN_PROGRESS','REPORTED_COMPLETE')";
    /** The service's status-by-force segments ({@code StatusGroups.ALL}), in its order. */
    static final List<String> STATUS_GROUPS = List.of("Awaiting plan", "In progress", "Reported complete", "Overdue",
            "Verified closed", "Closed for another reason");

    record Headline(int open, int overdue, int dueSoon, int noTargetDate, int plansAwaitingDecision,
                    int verifiedThisQuarter, Double medianDaysToVerified, int verified, int reopened, int everClosed) {
    }

    record Row(String name, String column, int count) {
    }

    record Month(int yearMonth, int openAtEnd, int verifiedToDate) {
    }

    private final DataSource dataSource;
    private final boolean postgres;
    private final int dueSoonDays;

    DashboardFloor(DataSource dataSource, boolean postgres, int dueSoonDays) {
        this.dataSource = dataSource;
        this.postgres = postgres;
        this.dueSoonDays = dueSoonDays;
    }

    /** Everything the dashboard shows, as one page load would fetch it (a one-force floor is a chief officer's). */
    List<Object> all(Long recipientId, LocalDate today) {
        return List.of(headline(recipientId, today), statusByForce(recipientId == null ? null : true, today),
                openVsClosed(recipientId), overdueByWatchdog(recipientId, today), slippage(recipientId, today),
                themesByForce(recipientId));
    }

    /** The ids of items with a clock not yet met that is paused today (decision 0010), as a derived table. */
    private static String paused() {
        return "(SELECT DISTINCT c.tracked_recommendation_id pid FROM clock_pause cp JOIN clock c ON c.id = cp.clock_id"
                + " WHERE c.met_on IS NULL AND c.tracked_recommendation_id IS NOT NULL AND cp.from_on <= ?"
                + " AND (cp.to_on IS NULL OR cp.to_on >= ?))";
    }

    Headline headline(Long recipientId, LocalDate today) {
        LocalDate quarterStart = today.withDayOfMonth(1).withMonth(((today.getMonthValue() - 1) / 3) * 3 + 1);
        String live = " AND pz.pid IS NULL";
        String sql = "SELECT COUNT(*) FILTER (WHERE t.status IN " + OPEN + "),"
                + " COUNT(*) FILTER (WHERE t.due_on < ?" + live + "),"
                + " COUNT(*) FILTER (WHERE t.due_on BETWEEN ? AND ?" + live + "),"
                + " COUNT(*) FILTER (WHERE t.status IN ('PLAN_ACCEPTED','IN_PROGRESS') AND t.due_on IS NULL),"
                + " (SELECT COUNT(*) FROM action_plan p WHERE p.status = 'SUBMITTED'"
                + (recipientId == null ? "" : " AND p.organisation_id = ?") + "),"
                + " COUNT(*) FILTER (WHERE t.status = 'VERIFIED_IMPLEMENTED' AND t.closed_on >= ?),"
                + " PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY CASE WHEN t.status = 'VERIFIED_IMPLEMENTED' THEN "
                + days("r.published_on", "t.closed_on") + " END),"
                + " COUNT(*) FILTER (WHERE t.status = 'VERIFIED_IMPLEMENTED'),"
                + " COUNT(*) FILTER (WHERE t.reopen_count > 0),"
                + " COUNT(*) FILTER (WHERE t.status IN " + CLOSED + " OR t.reopen_count > 0)"
                + " FROM tracked_recommendation t JOIN recommendation rc ON rc.id = t.recommendation_id"
                + " JOIN report r ON r.id = rc.report_id LEFT JOIN " + paused() + " pz ON pz.pid = t.id"
                + (recipientId == null ? "" : " WHERE t.recipient_id = ?");
        return query(sql, rs -> List.of(new Headline(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5),
                        rs.getInt(6), rs.getObject(7) == null ? null : rs.getDouble(7), rs.getInt(8), rs.getInt(9), rs.getInt(10))),
                today, today, today.plusDays(dueSoonDays), recipientId, quarterStart, today, today, recipientId).getFirst();
    }

    /**
     * Per recipient: items in each of {@link #STATUS_GROUPS} (which do not overlap and hold every item). {@code forcesOnly} (a chief officer's comparison) counts every force; otherwise every recipient.
     */
    List<Row> statusByForce(Boolean forcesOnly, LocalDate today) {
        String notOverdue = " AND (t.due_on IS NULL OR t.due_on >= ? OR pz.pid IS NOT NULL)";
        String sql = "SELECT o.name,"
                + " COUNT(*) FILTER (WHERE t.status IN ('OPEN','PLAN_AWAITED','PLAN_SUBMITTED')" + notOverdue + "),"
                + " COUNT(*) FILTER (WHERE t.status IN ('PLAN_ACCEPTED','IN_PROGRESS')" + notOverdue + "),"
                + " COUNT(*) FILTER (WHERE t.status = 'REPORTED_COMPLETE'" + notOverdue + "),"
                + " COUNT(*) FILTER (WHERE t.status IN " + OPEN + " AND t.due_on < ? AND pz.pid IS NULL),"
                + " COUNT(*) FILTER (WHERE t.status = 'VERIFIED_IMPLEMENTED'),"
                + " COUNT(*) FILTER (WHERE t.status IN ('CLOSED_NOT_IMPLEMENTED','NO_FURTHER_ACTION','SUPERSEDED'))"
                + " FROM tracked_recommendation t JOIN organisation o ON o.id = t.recipient_id"
                + " LEFT JOIN " + paused() + " pz ON pz.pid = t.id"
                + (Boolean.TRUE.equals(forcesOnly) ? " WHERE o.kind = 'FORCE'" : "") + " GROUP BY o.id, o.name";
        return query(sql, rs -> {
            List<Row> rows = new ArrayList<>();
            for (int g = 0; g < STATUS_GROUPS.size(); g++) {
                rows.add(new Row(rs.getString(1), STATUS_GROUPS.get(g), rs.getInt(g + 2)));
            }
            return rows;
        }, today, today, today, today, today, today);
    }

    /**
     * Month by month, from the status history: items open at the month's end and items verified closed at its end
     * (levels run up over every month with a change; the chart keeps 36).
     */
    List<Month> openVsClosed(Long recipientId) {
        String openDelta = "CASE WHEN (s.from_status IS NULL OR s.from_status IN " + CLOSED + ") AND s.to_status NOT IN "
                + CLOSED + " THEN 1 WHEN s.from_status IS NOT NULL AND s.from_status NOT IN " + CLOSED
                + " AND s.to_status IN " + CLOSED + " THEN -1 ELSE 0 END";
        String verifiedDelta = "CASE WHEN s.to_status = 'VERIFIED_IMPLEMENTED' AND (s.from_status IS NULL"
                + " OR s.from_status <> 'VERIFIED_IMPLEMENTED') THEN 1 WHEN s.from_status = 'VERIFIED_IMPLEMENTED'"
                + " AND s.to_status <> 'VERIFIED_IMPLEMENTED' THEN -1 ELSE 0 END";
        String ym = month("s.changed_at");
        String sql = "SELECT ym, SUM(od) OVER (ORDER BY ym), SUM(vd) OVER (ORDER BY ym) FROM ("
                + " SELECT " + ym + " ym, SUM(" + openDelta + ") od, SUM(" + verifiedDelta + ") vd FROM "
                + (recipientId == null ? "status_change s"
                        : "tracked_recommendation t JOIN status_change s ON s.tracked_recommendation_id = t.id")
                + " WHERE (s.from_status IS NULL OR s.from_status IN " + CLOSED + " OR s.to_status IN " + CLOSED + ")"
                + (recipientId == null ? "" : " AND t.recipient_id = ?")
                + " GROUP BY " + ym + ") m ORDER BY ym";
        return query(sql, rs -> List.of(new Month(rs.getInt(1), rs.getInt(2), rs.getInt(3))), recipientId);
    }

    /** Overdue items (decision 0010) by watchdog and kind of recommendation. */
    List<Row> overdueByWatchdog(Long recipientId, LocalDate today) {
        String sql = "SELECT w.short_name, rc.kind, COUNT(*) FROM tracked_recommendation t"
                + " JOIN recommendation rc ON rc.id = t.recommendation_id JOIN report r ON r.id = rc.report_id"
                + " JOIN organisation w ON w.id = r.watchdog_id LEFT JOIN " + paused() + " pz ON pz.pid = t.id"
                + " WHERE t.status IN " + OPEN + " AND t.due_on < ? AND pz.pid IS NULL"
                + (recipientId == null ? "" : " AND t.recipient_id = ?") + " GROUP BY w.short_name, rc.kind";
        return query(sql, rs -> List.of(new Row(rs.getString(1), rs.getString(2), rs.getInt(3))), today, today, today,
                recipientId);
    }

    /**
     * Actions, on time and never moved, then moved later, finished late and overdue now in DeadlineSlippage's four
     * buckets each: 14 figures in one plain statement.
     */
    int[] slippage(Long recipientId, LocalDate today) {
        String moved = days("a.original_due_on", "a.due_on");
        String late = "CASE WHEN a.status = 'DONE' THEN " + days("a.due_on", "COALESCE(a.completed_on, a.due_on)") + " END";
        String overdue = "CASE WHEN a.status <> 'DONE' THEN " + days("a.due_on", "CAST(? AS DATE)") + " END";
        StringBuilder sql = new StringBuilder("SELECT COUNT(*), SUM(CASE WHEN m <= 0 AND COALESCE(l, 0) <= 0"
                + " AND COALESCE(o, 0) <= 0 THEN 1 ELSE 0 END)");
        for (String f : List.of("m", "l", "o")) {
            sql.append(", SUM(CASE WHEN ").append(f).append(" BETWEEN 1 AND 30 THEN 1 ELSE 0 END)")
                    .append(", SUM(CASE WHEN ").append(f).append(" BETWEEN 31 AND 90 THEN 1 ELSE 0 END)")
                    .append(", SUM(CASE WHEN ").append(f).append(" BETWEEN 91 AND 180 THEN 1 ELSE 0 END)")
                    .append(", SUM(CASE WHEN ").append(f).append(" > 180 THEN 1 ELSE 0 END)");
        }
        sql.append(" FROM (SELECT ").append(moved).append(" m, ").append(late).append(" l, ").append(overdue)
                .append(" o FROM action a JOIN action_plan p ON p.id = a.plan_id WHERE a.status <> 'CANCELLED'")
                .append(recipientId == null ? "" : " AND p.organisation_id = ?").append(") x");
        int[] figures = new int[14];
        query(sql.toString(), rs -> {
            for (int i = 0; i < 14; i++) {
                figures[i] = rs.getInt(i + 1);
            }
            return List.of();
        }, today, recipientId);
        return figures;
    }

    /** Open items per recipient and theme (an item with three themes counts once in each). */
    List<Row> themesByForce(Long recipientId) {
        String sql = "SELECT o.short_name, th.name, COUNT(*) FROM tracked_recommendation t"
                + " JOIN recommendation_theme rt ON rt.recommendation_id = t.recommendation_id"
                + " JOIN theme th ON th.id = rt.theme_id JOIN organisation o ON o.id = t.recipient_id"
                + " WHERE t.status IN " + OPEN
                + (recipientId == null ? "" : " AND t.recipient_id = ?") + " GROUP BY o.short_name, th.name";
        return query(sql, rs -> List.of(new Row(rs.getString(1), rs.getString(2), rs.getInt(3))), recipientId);
    }

    private String days(String from, String to) {
        return postgres ? "(" + to + " - " + from + ")" : "DATEDIFF(DAY, " + from + ", " + to + ")";
    }

    private static String month(String date) {
        return "(EXTRACT(YEAR FROM " + date + ") * 12 + EXTRACT(MONTH FROM " + date + ") - 1)";
    }

    private interface RowMapper<T> {
        List<T> map(ResultSet rs) throws SQLException;
    }

    private <T> List<T> query(String sql, RowMapper<T> mapper, Object... params) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            List<T> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.addAll(mapper.map(rs));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private static Number single(Connection c, String sql, Long recipientId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, recipientId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                Object v = rs.getObject(1);
                return v == null ? 0 : (Number) v;
            }
        }
    }

    /** Binds the non-null parameters in order (a null recipient means "no scope clause"). */
    private static void bind(PreparedStatement ps, Object... params) throws SQLException {
        int i = 1;
        for (Object p : params) {
            if (p instanceof LocalDate d) {
                ps.setDate(i++, Date.valueOf(d));
            } else if (p != null) {
                ps.setObject(i++, p);
            }
        }
    }
}
