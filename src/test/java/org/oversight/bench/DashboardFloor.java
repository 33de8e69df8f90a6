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
 * The floor for the dashboard: every figure and chart aggregate of issue 6 as hand-written SQL over plain JDBC,
 * one round trip each, nothing counted in Java. A service computing the same figures through jOOQ, scope checks
 * and records should come within 2× of this. Scope: all items (national) or one recipient's (force); the
 * status-by-force comparison is national in both, as a chief officer's chart compares their force with the rest.
 * Definitions (keep the service's in step): open = not in a closed status; overdue = open and due_on before
 * today; awaiting decision = action plans SUBMITTED; median from publication to verified close over all verified
 * items; reopen rate = items reopened at least once among those ever closed.
 */
final class DashboardFloor {

    static final String CLOSED = "('VERIFIED_IMPLEMENTED','CLOSED_NOT_IMPLEMENTED','NO_FURTHER_ACTION','SUPERSEDED')";
    static final List<String> STATUS_GROUPS = List.of("Overdue", "Awaiting plan", "In progress", "Reported complete",
            "Verified implemented", "Closed otherwise");

    record Headline(int open, int overdue, int dueSoon, int plansAwaitingDecision, int verifiedThisQuarter,
                    double medianDaysToVerified, int reopened, int everClosed) {
    }

    record Row(String name, String column, int count) {
    }

    record Month(int yearMonth, int openAtEnd, int verifiedToDate) {
    }

    private final DataSource dataSource;
    private final boolean postgres;

    DashboardFloor(DataSource dataSource, boolean postgres) {
        this.dataSource = dataSource;
        this.postgres = postgres;
    }

    /** Everything the dashboard shows, as one page load would fetch it. */
    List<Object> all(Long recipientId, LocalDate today) {
        return List.of(headline(recipientId, today), statusByForce(today), openVsClosed(recipientId),
                overdueByWatchdog(recipientId, today), slippage(recipientId, today), themesByForce(recipientId));
    }

    Headline headline(Long recipientId, LocalDate today) {
        LocalDate quarterStart = today.withDayOfMonth(1).withMonth(((today.getMonthValue() - 1) / 3) * 3 + 1);
        String scope = recipientId == null ? "" : " WHERE t.recipient_id = ?";
        String counts = "SELECT COUNT(*) FILTER (WHERE t.status NOT IN " + CLOSED + "),"
                + " COUNT(*) FILTER (WHERE t.status NOT IN " + CLOSED + " AND t.due_on < ?),"
                + " COUNT(*) FILTER (WHERE t.status NOT IN " + CLOSED + " AND t.due_on BETWEEN ? AND ?),"
                + " COUNT(*) FILTER (WHERE t.status = 'VERIFIED_IMPLEMENTED' AND t.closed_on >= ?),"
                + " COUNT(*) FILTER (WHERE t.reopen_count > 0),"
                + " COUNT(*) FILTER (WHERE t.status IN " + CLOSED + " OR t.reopen_count > 0)"
                + " FROM tracked_recommendation t" + scope;
        String plans = "SELECT COUNT(*) FROM action_plan p WHERE p.status = 'SUBMITTED'"
                + (recipientId == null ? "" : " AND p.organisation_id = ?");
        String median = "SELECT PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY " + days("r.published_on", "t.closed_on") + ")"
                + " FROM tracked_recommendation t JOIN recommendation rc ON rc.id = t.recommendation_id"
                + " JOIN report r ON r.id = rc.report_id WHERE t.status = 'VERIFIED_IMPLEMENTED'"
                + (recipientId == null ? "" : " AND t.recipient_id = ?");
        try (Connection c = dataSource.getConnection()) {
            int[] n = new int[6];
            try (PreparedStatement ps = c.prepareStatement(counts)) {
                bind(ps, today, today, today.plusDays(30), quarterStart, recipientId);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    for (int i = 0; i < 6; i++) {
                        n[i] = rs.getInt(i + 1);
                    }
                }
            }
            int awaiting = single(c, plans, recipientId).intValue();
            double med = single(c, median, recipientId).doubleValue();
            return new Headline(n[0], n[1], n[2], awaiting, n[3], med, n[4], n[5]);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Per force: items in each of {@link #STATUS_GROUPS} (which do not overlap). */
    List<Row> statusByForce(LocalDate today) {
        String notOverdue = " AND (t.due_on IS NULL OR t.due_on >= ?)";
        String sql = "SELECT o.short_name,"
                + " COUNT(*) FILTER (WHERE t.status NOT IN " + CLOSED + " AND t.due_on < ?),"
                + " COUNT(*) FILTER (WHERE t.status IN ('OPEN','PLAN_AWAITED','PLAN_SUBMITTED')" + notOverdue + "),"
                + " COUNT(*) FILTER (WHERE t.status IN ('PLAN_ACCEPTED','IN_PROGRESS')" + notOverdue + "),"
                + " COUNT(*) FILTER (WHERE t.status = 'REPORTED_COMPLETE'" + notOverdue + "),"
                + " COUNT(*) FILTER (WHERE t.status = 'VERIFIED_IMPLEMENTED'),"
                + " COUNT(*) FILTER (WHERE t.status IN ('CLOSED_NOT_IMPLEMENTED','NO_FURTHER_ACTION','SUPERSEDED'))"
                + " FROM tracked_recommendation t JOIN organisation o ON o.id = t.recipient_id"
                + " WHERE o.kind = 'FORCE' GROUP BY o.short_name";
        return query(sql, rs -> {
            List<Row> rows = new ArrayList<>();
            for (int g = 0; g < STATUS_GROUPS.size(); g++) {
                rows.add(new Row(rs.getString(1), STATUS_GROUPS.get(g), rs.getInt(g + 2)));
            }
            return rows;
        }, today, today, today, today);
    }

    /** Month by month: items open at the month's end and verified closures to date (the chart keeps 36 months). */
    List<Month> openVsClosed(Long recipientId) {
        String scope = recipientId == null ? "" : " AND t.recipient_id = ?";
        String sql = "SELECT ym, SUM(opened - closed) OVER (ORDER BY ym), SUM(verified) OVER (ORDER BY ym) FROM ("
                + " SELECT ym, SUM(opened) opened, SUM(closed) closed, SUM(verified) verified FROM ("
                + "  SELECT " + month("r.published_on") + " ym, 1 opened, 0 closed, 0 verified"
                + "  FROM tracked_recommendation t JOIN recommendation rc ON rc.id = t.recommendation_id"
                + "  JOIN report r ON r.id = rc.report_id WHERE 1 = 1" + scope
                + "  UNION ALL"
                + "  SELECT " + month("t.closed_on") + ", 0, 1, CASE WHEN t.status = 'VERIFIED_IMPLEMENTED' THEN 1 ELSE 0 END"
                + "  FROM tracked_recommendation t WHERE t.closed_on IS NOT NULL" + scope
                + " ) e GROUP BY ym) m ORDER BY ym";
        Object[] params = recipientId == null ? new Object[0] : new Object[] {recipientId, recipientId};
        return query(sql, rs -> List.of(new Month(rs.getInt(1), rs.getInt(2), rs.getInt(3))), params);
    }

    List<Row> overdueByWatchdog(Long recipientId, LocalDate today) {
        String sql = "SELECT w.short_name, rc.kind, COUNT(*) FROM tracked_recommendation t"
                + " JOIN recommendation rc ON rc.id = t.recommendation_id JOIN report r ON r.id = rc.report_id"
                + " JOIN organisation w ON w.id = r.watchdog_id"
                + " WHERE t.status NOT IN " + CLOSED + " AND t.due_on < ?"
                + (recipientId == null ? "" : " AND t.recipient_id = ?") + " GROUP BY w.short_name, rc.kind";
        return query(sql, rs -> List.of(new Row(rs.getString(1), rs.getString(2), rs.getInt(3))), today, recipientId);
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

    List<Row> themesByForce(Long recipientId) {
        String sql = "SELECT o.short_name, th.name, COUNT(*) FROM tracked_recommendation t"
                + " JOIN recommendation_theme rt ON rt.recommendation_id = t.recommendation_id"
                + " JOIN theme th ON th.id = rt.theme_id JOIN organisation o ON o.id = t.recipient_id"
                + " WHERE t.status NOT IN " + CLOSED + " AND o.kind = 'FORCE'"
                + (recipientId == null ? "" : " AND t.recipient_id = ?") + " GROUP BY o.short_name, th.name";
        return query(sql, rs -> List.of(new Row(rs.getString(1), rs.getString(2), rs.getInt(3))), recipientId);
    }

    /** The four figures of the home view (HomeService), for its service-layer comparison. */
    int[] homeFigures(long recipientId, LocalDate today) {
        String sql = "SELECT COUNT(*) FILTER (WHERE status NOT IN " + CLOSED + "),"
                + " COUNT(*) FILTER (WHERE status NOT IN " + CLOSED + " AND due_on < ?),"
                + " COUNT(*) FILTER (WHERE status NOT IN " + CLOSED + " AND due_on BETWEEN ? AND ?),"
                + " COUNT(*) FILTER (WHERE status = 'VERIFIED_IMPLEMENTED')"
                + " FROM tracked_recommendation WHERE recipient_id = ?";
        int[] figures = new int[4];
        query(sql, rs -> {
            for (int i = 0; i < 4; i++) {
                figures[i] = rs.getInt(i + 1);
            }
            return List.of();
        }, today, today, today.plusDays(30), recipientId);
        return figures;
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
