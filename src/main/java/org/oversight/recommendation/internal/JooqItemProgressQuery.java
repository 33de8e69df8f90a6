package org.oversight.recommendation.internal;

import static org.oversight.db.Tables.ACTION;
import static org.oversight.db.Tables.ACTION_PLAN;
import static org.oversight.db.Tables.ACTION_RECOMMENDATION;
import static org.oversight.db.Tables.APP_USER;
import static org.oversight.db.Tables.EVIDENCE;
import static org.oversight.db.Tables.PROGRESS_UPDATE;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.oversight.recommendation.ItemProgress;
import org.springframework.stereotype.Repository;

/**
 * Reads, for one item, what the action plan feature writes: the recipient's plan for the report, the actions that
 * answer the item, their updates and evidence. Four queries whatever the number of actions (no N+1).
 */
@Repository
public class JooqItemProgressQuery {

    private final DSLContext dsl;

    public JooqItemProgressQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    public ItemProgress progress(long trackedId, long reportId, long recipientId) {
        // The plan and action statuses are the action plan feature's enums, which the register, a layer below, does
        // not see: it reads their stored names as text (coerce changes the Java type only, not the SQL).
        var p = ACTION_PLAN;
        ItemProgress.Plan plan = dsl.select(p.ID, p.STATUS.coerce(String.class), p.DUE_ON, p.SUBMITTED_AT, p.DECIDED_AT,
                        p.DECISION_REASON)
                .from(p).where(p.REPORT_ID.eq(reportId)).and(p.ORGANISATION_ID.eq(recipientId))
                .fetchOptional(r -> new ItemProgress.Plan(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6()))
                .orElse(null);

        var a = ACTION;
        var actionRows = dsl.select(a.ID, a.TITLE, a.OWNER_NAME, a.DUE_ON, a.ORIGINAL_DUE_ON, a.PROGRESS,
                        a.STATUS.coerce(String.class), a.COMPLETED_ON)
                .from(a).join(ACTION_RECOMMENDATION).on(ACTION_RECOMMENDATION.ACTION_ID.eq(a.ID))
                .where(ACTION_RECOMMENDATION.TRACKED_RECOMMENDATION_ID.eq(trackedId))
                .orderBy(a.DUE_ON, a.ID)
                .fetch();
        List<Long> actionIds = actionRows.map(r -> r.value1());

        var u = PROGRESS_UPDATE;
        var updateRows = dsl.select(u.ID, u.ACTION_ID, u.POSTED_AT, APP_USER.DISPLAY_NAME, u.BODY, u.PROGRESS)
                .from(u).leftJoin(APP_USER).on(APP_USER.ID.eq(u.POSTED_BY))
                .where(u.TRACKED_RECOMMENDATION_ID.eq(trackedId).or(u.ACTION_ID.in(actionIds)))
                .orderBy(u.POSTED_AT, u.ID)
                .fetch();
        Map<Long, List<ItemProgress.Evidence>> evidence = evidenceByUpdate(updateRows.map(r -> r.value1()));
        List<ItemProgress.Update> updates = updateRows.map(r -> new ItemProgress.Update(r.value1(), r.value3(), r.value4(),
                r.value5(), r.value6(), evidence.getOrDefault(r.value1(), List.of())));
        Map<Long, Long> actionOfUpdate = updateRows.stream().filter(r -> r.value2() != null)
                .collect(Collectors.toMap(r -> r.value1(), r -> r.value2()));

        List<ItemProgress.Action> actions = actionRows.map(r -> new ItemProgress.Action(r.value1(), r.value2(), r.value3(),
                r.value4(), r.value5(), r.value6(), r.value7(), r.value8(),
                updates.stream().filter(up -> r.value1().equals(actionOfUpdate.get(up.id()))).toList()));
        List<ItemProgress.Update> itemUpdates = updates.stream().filter(up -> !actionOfUpdate.containsKey(up.id())).toList();
        return new ItemProgress(plan, actions, itemUpdates);
    }

    private Map<Long, List<ItemProgress.Evidence>> evidenceByUpdate(Collection<Long> updateIds) {
        if (updateIds.isEmpty()) {
            return Map.of();
        }
        var e = EVIDENCE;
        return dsl.select(e.UPDATE_ID, e.ID, e.FILE_NAME, e.EVIDENCE_DATE, e.SIZE_BYTES, e.EXPIRES_ON)
                .from(e).where(e.UPDATE_ID.in(updateIds))
                .orderBy(e.EVIDENCE_DATE, e.ID)
                .fetchGroups(r -> r.value1(), r -> new ItemProgress.Evidence(r.value2(), r.value3(), r.value4(), r.value5(), r.value6()));
    }
}
