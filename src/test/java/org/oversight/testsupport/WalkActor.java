package org.oversight.testsupport;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Something a random walk through the services acts on (a tracked item, an action plan), with a demo account of its
 * watchdog and one of its recipient, each allowed to act on it: for the tests that check a summary against its
 * recount after every step (decisions 0080, 0105, 0112).
 *
 * @param id the item's or plan's id
 */
public record WalkActor(long id, String watchdogUser, String recipientUser) {

    /** Tracked items whose watchdog and recipient each have a demo account that may move them. */
    public static List<WalkActor> items(JdbcTemplate jdbc) {
        return query(jdbc, "tracked_recommendation t JOIN recommendation r ON r.id = t.recommendation_id"
                + " JOIN report p ON p.id = r.report_id", "t.id", "t.recipient_id");
    }

    /** Action plans whose report's watchdog and whose organisation each have a demo account that may act on them. */
    public static List<WalkActor> plans(JdbcTemplate jdbc) {
        return query(jdbc, "action_plan t JOIN report p ON p.id = t.report_id", "t.id", "t.organisation_id");
    }

    /** @param subjects a join naming the report {@code p}; {@code id} and {@code recipient} are its columns */
    private static List<WalkActor> query(JdbcTemplate jdbc, String subjects, String id, String recipient) {
        return jdbc.query("SELECT " + id + ", MIN(w.username), MIN(l.username) FROM " + subjects
                + " JOIN app_user w ON w.organisation_id = p.watchdog_id AND w.role = 'WATCHDOG' AND w.enabled"
                + " JOIN app_user l ON l.organisation_id = " + recipient
                + " AND l.role IN ('FORCE_LEAD', 'NATIONAL_LEAD') AND l.enabled"
                + " GROUP BY " + id + " ORDER BY " + id,
                (rs, n) -> new WalkActor(rs.getLong(1), rs.getString(2), rs.getString(3)));
    }
}
