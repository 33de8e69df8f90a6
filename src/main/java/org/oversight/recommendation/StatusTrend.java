package org.oversight.recommendation;

import static org.jooq.impl.DSL.cast;
import static org.jooq.impl.DSL.extract;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.when;
import static org.oversight.db.Tables.STATUS_CHANGE;

import java.time.OffsetDateTime;
import org.jooq.Condition;
import org.jooq.DatePart;
import org.jooq.Field;
import org.jooq.impl.SQLDataType;

/**
 * The ONE definition of how a status change moves the dashboard's open-versus-closed trend (decision 0080): a change
 * that opens an item (its first status, or a reopening) counts +1 open, a close −1; reaching verified implemented
 * counts +1 verified, leaving it −1; steps between open statuses move nothing. Each rule has a Java form (for the
 * change being written, {@code StatusTrendLedger}) and a jOOQ form (for recounting the status history); the
 * summary-equals-recount test holds them to each other. A change falls in the month its {@code changed_at} has in
 * the database, as {@code year * 12 + month - 1}, computed by the database for both.
 */
public final class StatusTrend {

    private StatusTrend() {
    }

    /** +1, −1 or 0 open items. */
    public static int openDelta(Status from, Status to) {
        boolean fromOpen = from != null && !from.isClosed();
        if (!fromOpen && !to.isClosed()) {
            return 1;
        }
        return fromOpen && to.isClosed() ? -1 : 0;
    }

    /** +1, −1 or 0 verified-closed items. */
    public static int verifiedDelta(Status from, Status to) {
        boolean wasVerified = from == Status.VERIFIED_IMPLEMENTED;
        boolean isVerified = to == Status.VERIFIED_IMPLEMENTED;
        return isVerified == wasVerified ? 0 : isVerified ? 1 : -1;
    }

    /** {@link #openDelta} of the STATUS_CHANGE row in the query. */
    public static Field<Integer> openDelta() {
        var sc = STATUS_CHANGE;
        Condition fromClosed = sc.FROM_STATUS.in(Status.CLOSED);
        Condition toClosed = sc.TO_STATUS.in(Status.CLOSED);
        Condition fromNothing = sc.FROM_STATUS.isNull();
        return when(fromNothing.or(fromClosed).and(toClosed.not()), inline(1))
                .when(fromNothing.not().and(fromClosed.not()).and(toClosed), inline(-1))
                .otherwise(inline(0));
    }

    /** {@link #verifiedDelta} of the STATUS_CHANGE row in the query. */
    public static Field<Integer> verifiedDelta() {
        var sc = STATUS_CHANGE;
        Status verified = Status.VERIFIED_IMPLEMENTED;
        return when(sc.TO_STATUS.eq(verified).and(sc.FROM_STATUS.isDistinctFrom(verified)), inline(1))
                .when(sc.FROM_STATUS.eq(verified).and(sc.TO_STATUS.ne(verified)), inline(-1))
                .otherwise(inline(0));
    }

    /** The STATUS_CHANGE rows that can move a level (a superset of those that do; the rest move nothing). */
    public static Condition movesALevel() {
        var sc = STATUS_CHANGE;
        return sc.FROM_STATUS.isNull().or(sc.FROM_STATUS.in(Status.CLOSED)).or(sc.TO_STATUS.in(Status.CLOSED));
    }

    /** year * 12 + month − 1 of a moment, as the database reads it. */
    public static Field<Integer> yearMonth(Field<OffsetDateTime> at) {
        // constants inline, so that the same expression in SELECT and GROUP BY is the same text to the database
        return cast(extract(at, DatePart.YEAR).mul(inline(12)).plus(extract(at, DatePart.MONTH)).minus(inline(1)),
                SQLDataType.INTEGER);
    }
}
