package org.oversight.scale;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One {@link TableSink} per table the generator writes, flushed together in foreign-key order (parents first)
 * and committed, whenever enough rows are buffered. A generation that fails part-way leaves what was committed;
 * running again with replace=true starts over.
 */
final class Sinks {

    private static final int CHECKPOINT_ROWS = 40_000;

    final TableSink users = new TableSink("app_user",
            "id:L username:S display_name:S email:S password_hash:S role:S organisation_id:L enabled:B created_at:T");
    final TableSink reports = new TableSink("report",
            "id:L watchdog_id:L kind:S title:S reference:S published_on:D link:S summary:S issued_as:S created_at:T created_by:L");
    final TableSink reportForces = new TableSink("report_force", "report_id:L organisation_id:L");
    final TableSink reportThemes = new TableSink("report_theme", "report_id:L theme_id:L");
    final TableSink recommendations = new TableSink("recommendation",
            "id:L report_id:L number:S kind:S text:S priority:S created_at:T");
    final TableSink recommendationThemes = new TableSink("recommendation_theme", "recommendation_id:L theme_id:L");
    final TableSink tracked = new TableSink("tracked_recommendation",
            "id:L recommendation_id:L recipient_id:L status:S status_changed_at:T response_due_on:D target_on:D due_on:D "
                    + "completion_summary:S closed_on:D reopen_count:I version:I");
    final TableSink statusChanges = new TableSink("status_change",
            "id:L tracked_recommendation_id:L from_status:S to_status:S changed_at:T changed_by:L reason:S");
    final TableSink plans = new TableSink("action_plan",
            "id:L report_id:L organisation_id:L status:S summary:S due_on:D submitted_at:T submitted_by:L decided_at:T "
                    + "decided_by:L decision_reason:S created_at:T updated_at:T updated_by:L version:I");
    final TableSink planEvents = new TableSink("action_plan_event",
            "id:L plan_id:L event:S occurred_at:T user_id:L reason:S");
    final TableSink actions = new TableSink("action",
            "id:L plan_id:L title:S description:S owner_name:S owner_user_id:L due_on:D original_due_on:D agreed_due_on:D "
                    + "progress:I status:S completed_on:D created_at:T updated_at:T updated_by:L version:I");
    final TableSink actionRecommendations = new TableSink("action_recommendation", "action_id:L tracked_recommendation_id:L");
    final TableSink revisions = new TableSink("due_date_revision",
            "id:L action_id:L from_due_on:D to_due_on:D reason:S requested_at:T requested_by:L status:S decided_at:T "
                    + "decided_by:L decision_note:S");
    final TableSink updates = new TableSink("progress_update",
            "id:L action_id:L tracked_recommendation_id:L body:S progress:I posted_at:T posted_by:L");
    final TableSink evidence = new TableSink("evidence",
            "id:L update_id:L file_name:S content_type:S size_bytes:L sha256:S evidence_date:D expires_on:D uploaded_at:T "
                    + "uploaded_by:L");
    final TableSink evidenceFiles = new TableSink("evidence_file", "evidence_id:L content:X");
    final TableSink auditEvents = new TableSink("audit_event",
            "id:L occurred_at:T user_id:L username:S action:S entity_type:S entity_id:L before_json:S after_json:S "
                    + "correlation_id:S prev_hash:S hash:S");

    /** Parents before children, so that every flush satisfies the foreign keys. */
    private final List<TableSink> inOrder = List.of(users, reports, reportForces, reportThemes, recommendations,
            recommendationThemes, tracked, statusChanges, plans, planEvents, actions, actionRecommendations, revisions,
            updates, evidence, evidenceFiles, auditEvents);

    private final Connection connection;
    private final boolean multiRow;

    Sinks(Connection connection, boolean multiRow) {
        this.connection = connection;
        this.multiRow = multiRow;
    }

    void checkpointIfFull() throws SQLException {
        if (inOrder.stream().mapToInt(TableSink::buffered).sum() >= CHECKPOINT_ROWS) {
            checkpoint();
        }
    }

    void checkpoint() throws SQLException {
        flush();
        connection.commit();
    }

    /** Writes every buffered row without committing. */
    void flush() throws SQLException {
        for (TableSink sink : inOrder) {
            sink.flush(connection, multiRow);
        }
    }

    /** Rows written (or buffered) per table, in foreign-key order. */
    Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        inOrder.forEach(s -> counts.put(s.table(), s.written()));
        return counts;
    }

    long total() {
        return inOrder.stream().mapToLong(TableSink::written).sum();
    }
}
