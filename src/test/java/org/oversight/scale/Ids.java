package org.oversight.scale;

import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.max;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.oversight.db.Tables;

/**
 * The generator assigns ids itself, in the order it creates rows, instead of asking the database for each one:
 * that saves a round trip per row and makes ids part of the deterministic result. Each counter starts after the
 * highest id already in its table; afterwards each identity column is moved past the last id written
 * ({@link NationalDataGenerator}), so that rows the application inserts later get fresh ids.
 */
final class Ids {

    long user;
    long report;
    long recommendation;
    long tracked;
    long statusChange;
    long plan;
    long planEvent;
    long action;
    long revision;
    long update;
    long evidence;
    long audit;

    static Ids after(DSLContext dsl) {
        Ids ids = new Ids();
        ids.user = next(dsl, Tables.APP_USER, Tables.APP_USER.ID);
        ids.report = next(dsl, Tables.REPORT, Tables.REPORT.ID);
        ids.recommendation = next(dsl, Tables.RECOMMENDATION, Tables.RECOMMENDATION.ID);
        ids.tracked = next(dsl, Tables.TRACKED_RECOMMENDATION, Tables.TRACKED_RECOMMENDATION.ID);
        ids.statusChange = next(dsl, Tables.STATUS_CHANGE, Tables.STATUS_CHANGE.ID);
        ids.plan = next(dsl, Tables.ACTION_PLAN, Tables.ACTION_PLAN.ID);
        ids.planEvent = next(dsl, Tables.ACTION_PLAN_EVENT, Tables.ACTION_PLAN_EVENT.ID);
        ids.action = next(dsl, Tables.ACTION, Tables.ACTION.ID);
        ids.revision = next(dsl, Tables.DUE_DATE_REVISION, Tables.DUE_DATE_REVISION.ID);
        ids.update = next(dsl, Tables.PROGRESS_UPDATE, Tables.PROGRESS_UPDATE.ID);
        ids.evidence = next(dsl, Tables.EVIDENCE, Tables.EVIDENCE.ID);
        ids.audit = next(dsl, Tables.AUDIT_EVENT, Tables.AUDIT_EVENT.ID);
        return ids;
    }

    /** Table name → the next free id, for moving each identity column on. */
    Map<String, Long> nextByTable() {
        Map<String, Long> next = new LinkedHashMap<>();
        next.put("app_user", user);
        next.put("report", report);
        next.put("recommendation", recommendation);
        next.put("tracked_recommendation", tracked);
        next.put("status_change", statusChange);
        next.put("action_plan", plan);
        next.put("action_plan_event", planEvent);
        next.put("action", action);
        next.put("due_date_revision", revision);
        next.put("progress_update", update);
        next.put("evidence", evidence);
        next.put("audit_event", audit);
        return next;
    }

    private static long next(DSLContext dsl, Table<?> table, Field<Long> id) {
        return dsl.select(coalesce(max(id), 0L)).from(table).fetchSingle().value1() + 1;
    }
}
