package org.oversight.recommendation;

import static org.oversight.db.Tables.RECOMMENDATION;
import static org.oversight.db.Tables.REPORT;
import static org.oversight.db.Tables.TRACKED_RECOMMENDATION;

import java.util.Collection;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SQLDialect;
import org.jooq.SelectForUpdateOfStep;
import org.jooq.SelectForUpdateStep;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one lock order of everything that writes a tracked item or the summaries a report's correction also moves
 * (decision 0133): the report's row first, then its items' rows. A report's correction locks the report and then
 * moves its items' dates and its verified spans; a verification locks the report to read its publication date. With
 * the item locked first on one side and the report on the other, the database found a deadlock and failed one of
 * them. Every writer of an item therefore calls this before it reads or locks the item (and before anything else it
 * locks, such as the audit trail's head): the item ledger does on every change, and the services that audit or lock
 * other rows before their items' change do at their start. Several reports are locked in the order of their ids.
 * <p>
 * On PostgreSQL the lock is {@code FOR NO KEY UPDATE}, the lock an update of the report takes: it excludes another
 * writer of the report's items or a correction, but not the foreign-key checks of rows inserted for the report
 * (recommendations, clocks, plans), which take {@code FOR KEY SHARE}; with {@code FOR UPDATE} two such inserts
 * followed by an item's change would each wait for the other. H2 has only {@code FOR UPDATE}.
 */
@Component
public class ReportLock {

    private final DSLContext dsl;

    ReportLock(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Locks the report's row until the transaction ends. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void ofReport(long reportId) {
        inReportOrder(dsl.select(REPORT.ID).from(REPORT).where(REPORT.ID.eq(reportId)), dsl.dialect()).fetch();
    }

    /**
     * A select of a report's row with the lock this order takes ({@code FOR NO KEY UPDATE} on PostgreSQL, {@code FOR
     * UPDATE} on H2), for a writer that reads the report's columns under the lock: any stronger lock on PostgreSQL
     * would wait for the foreign-key checks of rows inserted for the report, and could deadlock with them.
     */
    public static <R extends Record> SelectForUpdateOfStep<R> inReportOrder(SelectForUpdateStep<R> select,
            SQLDialect dialect) {
        return dialect.family() == SQLDialect.POSTGRES ? select.forNoKeyUpdate() : select.forUpdate();
    }

    /** Locks the rows of the items' reports, in the order of the reports' ids. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void ofItems(Collection<Long> itemIds) {
        var t = TRACKED_RECOMMENDATION;
        dsl.selectDistinct(RECOMMENDATION.REPORT_ID).from(t)
                .join(RECOMMENDATION).on(RECOMMENDATION.ID.eq(t.RECOMMENDATION_ID))
                .where(t.ID.in(itemIds))
                .orderBy(RECOMMENDATION.REPORT_ID)
                .fetch(RECOMMENDATION.REPORT_ID)
                .forEach(this::ofReport);
    }
}
