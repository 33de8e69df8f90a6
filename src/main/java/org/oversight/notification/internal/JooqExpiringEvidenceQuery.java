package org.oversight.notification.internal;

import static org.oversight.db.Tables.ACTION;
import static org.oversight.db.Tables.ACTION_PLAN;
import static org.oversight.db.Tables.EVIDENCE;
import static org.oversight.db.Tables.PROGRESS_UPDATE;
import static org.oversight.db.Tables.TRACKED_RECOMMENDATION;

import java.time.LocalDate;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

/** Evidence whose expiry date falls in a window, with whose it is and where it is shown. */
@Component
public class JooqExpiringEvidenceQuery {

    /**
     * @param path where the evidence is shown: its action's plan, or its item's page
     */
    public record Expiring(long evidenceId, String fileName, LocalDate expiresOn, long organisationId, String path) {
    }

    private final DSLContext dsl;

    JooqExpiringEvidenceQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Evidence expiring from {@code from} to {@code to}, both included. */
    public List<Expiring> expiringBetween(LocalDate from, LocalDate to) {
        var organisation = DSL.coalesce(ACTION_PLAN.ORGANISATION_ID, TRACKED_RECOMMENDATION.RECIPIENT_ID);
        return dsl.select(EVIDENCE.ID, EVIDENCE.FILE_NAME, EVIDENCE.EXPIRES_ON, organisation, ACTION_PLAN.ID,
                        PROGRESS_UPDATE.TRACKED_RECOMMENDATION_ID)
                .from(EVIDENCE).join(PROGRESS_UPDATE).on(PROGRESS_UPDATE.ID.eq(EVIDENCE.UPDATE_ID))
                .leftJoin(ACTION).on(ACTION.ID.eq(PROGRESS_UPDATE.ACTION_ID))
                .leftJoin(ACTION_PLAN).on(ACTION_PLAN.ID.eq(ACTION.PLAN_ID))
                .leftJoin(TRACKED_RECOMMENDATION).on(TRACKED_RECOMMENDATION.ID.eq(PROGRESS_UPDATE.TRACKED_RECOMMENDATION_ID))
                .where(EVIDENCE.EXPIRES_ON.between(from, to))
                .orderBy(EVIDENCE.EXPIRES_ON, EVIDENCE.ID)
                .fetch(r -> new Expiring(r.value1(), r.value2(), r.value3(), r.value4(),
                        r.value5() != null ? "/plans/" + r.value5() : "/recommendations/" + r.value6()));
    }
}
