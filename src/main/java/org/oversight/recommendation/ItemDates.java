package org.oversight.recommendation;

import org.oversight.base.i18n.Messages;
import static org.jooq.impl.DSL.row;
import static org.oversight.db.Tables.TRACKED_RECOMMENDATION;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jooq.DSLContext;
import org.jooq.Record1;
import org.jooq.SelectField;
import org.oversight.audit.AuditLog;
import org.oversight.base.ConcurrentEditException;
import org.oversight.recommendation.internal.JooqItemCountLedger;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one way an item's dates in {@code tracked_recommendation} change outside a status move: its response deadline
 * (kept by the response clock, or moved when a report's facts are corrected), its implementation target (the latest
 * live action answering it) and, derived from those and its status, its current deadline ({@link CurrentDeadline}).
 * Clocks, action plans and reports call {@link #move}; each move checks the version it read, moves it on, and is
 * audited once with before, after and why. A move that finds the item changed since it was read reads it again and
 * recomputes (the dates are derived, so the newer status simply wins); only a second clash is reported.
 */
@Component
public class ItemDates {

    /** An item's dates as read, with the status they derive from and the version they were read at. */
    public record Current(long itemId, Status status, LocalDate responseDueOn, LocalDate targetOn, LocalDate dueOn,
                          int version) {

        /** Whether the given response deadline and target would change anything stored for the item. */
        public boolean differsFrom(LocalDate newResponseDueOn, LocalDate newTargetOn) {
            return !Objects.equals(newResponseDueOn, responseDueOn) || !Objects.equals(newTargetOn, targetOn)
                    || !Objects.equals(CurrentDeadline.of(status, newResponseDueOn, newTargetOn), dueOn);
        }
    }

    /** Why dates moved, as the audit trail records it. */
    public enum Cause {
        RESPONSE_CLOCK, ACTION_DATES, REPORT_CORRECTED
    }

    private final DSLContext dsl;
    private final AuditLog audit;
    private final JooqItemCountLedger counts;

    ItemDates(DSLContext dsl, AuditLog audit, JooqItemCountLedger counts) {
        this.dsl = dsl;
        this.audit = audit;
        this.counts = counts;
    }

    /** The columns of {@link Current}, for a caller's own query that selects items to move. */
    public static SelectField<Current> current() {
        var tr = TRACKED_RECOMMENDATION;
        return row(tr.ID, tr.STATUS, tr.RESPONSE_DUE_ON, tr.TARGET_ON, tr.DUE_ON, tr.VERSION).mapping(Current::new);
    }

    /**
     * Gives the item this response deadline and target (and the current deadline they make with its status).
     *
     * @return whether anything changed
     * @throws ConcurrentEditException when the item changed twice while this move was being made
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean move(Current read, LocalDate responseDueOn, LocalDate targetOn, Cause cause) {
        Current item = read;
        for (int attempt = 0; attempt < 2; attempt++) {
            if (!item.differsFrom(responseDueOn, targetOn)) {
                return false;
            }
            LocalDate dueOn = CurrentDeadline.of(item.status(), responseDueOn, targetOn);
            var tr = TRACKED_RECOMMENDATION;
            Current from = item;
            int updated = counts.change(item.itemId(), () -> dsl.update(tr)
                    .set(tr.RESPONSE_DUE_ON, responseDueOn)
                    .set(tr.TARGET_ON, targetOn)
                    .set(tr.DUE_ON, dueOn)
                    .set(tr.VERSION, from.version() + 1)
                    .where(tr.ID.eq(from.itemId())).and(tr.VERSION.eq(from.version()))
                    .execute());
            if (updated == 1) {
                audit.record("ITEM_DATES_MOVED", "tracked_recommendation", item.itemId(), dates(item.responseDueOn(),
                        item.targetOn(), item.dueOn(), null), dates(responseDueOn, targetOn, dueOn, cause));
                return true;
            }
            item = dsl.select(current()).from(tr).where(tr.ID.eq(read.itemId())).fetchOptional(Record1::value1)
                    .orElseThrow(() -> new ConcurrentEditException(Messages.t("recommendation.rule.this-recommendation"), null, null));
        }
        throw new ConcurrentEditException(Messages.t("recommendation.rule.this-recommendation"), null, null);
    }

    private static Map<String, Object> dates(LocalDate responseDueOn, LocalDate targetOn, LocalDate dueOn, Cause cause) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("responseDueOn", String.valueOf(responseDueOn));
        m.put("targetOn", String.valueOf(targetOn));
        m.put("dueOn", String.valueOf(dueOn));
        if (cause != null) {
            m.put("cause", cause.name());
        }
        return m;
    }
}
