package org.oversight.recommendation.internal;

import static org.oversight.db.Tables.RECOMMENDATION;
import static org.oversight.db.Tables.REPORT;
import static org.oversight.db.Tables.TRACKED_RECOMMENDATION;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectField;
import org.jooq.SelectJoinStep;
import org.jooq.SelectSelectStep;
import org.jooq.SortField;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.oversight.db.tables.TrackedRecommendation;
import org.oversight.recommendation.RegisterRow;

/**
 * The rows of a text search across every organisation's items on PostgreSQL (decision 0131), for
 * {@link RegisterPaging} as any other {@link RegisterPaging.Rows}: the selection's other conditions are given to
 * each call, the search itself is this object's. Each statement starts from the matching recommendations (their
 * texts through the trigram index, the recommendations of the reports whose title or reference matches, with
 * their report's id), finds each one's items through {@code tracked_recommendation_uk} (a lateral look-up kept
 * from being merged into the join by {@code OFFSET 0}: merged, the planner hashed all 35,000 items), orders only
 * the page's keys, and joins the grid's columns to the page's rows alone. Decision 0125's form joined every match
 * with its texts and ordered them all for a page of 50.
 * <p>
 * Inside the key statement the items' look-up is named {@code tracked_recommendation}, so that the conditions and
 * sort keys written for the table (rendered unqualified by schema, {@code JooqConfig}) read it unchanged.
 */
final class SearchRows implements RegisterPaging.Rows {

    private static final TrackedRecommendation ITEM = TRACKED_RECOMMENDATION.as("search_item");
    private static final Field<Integer> TOTAL = DSL.count().over().as("search_total");

    private final DSLContext dsl;
    private final String q;
    private final LocalDate today;
    private final List<SortField<?>> order;

    /** The page and the count of the whole selection, read in one statement (the count null when not asked). */
    record Counted(List<RegisterRow> rows, Integer count) {
    }

    SearchRows(DSLContext dsl, String q, LocalDate today, List<SortField<?>> order) {
        this.dsl = dsl;
        this.q = q;
        this.today = today;
        this.order = order;
    }

    @Override
    public List<RegisterRow> fetch(Condition where, int offset, int limit) {
        return read(where, offset, limit, false).rows();
    }

    /** The first {@code limit} rows and the count of every row {@code where} selects, in one statement. */
    Counted first(Condition where, int limit) {
        return read(where, 0, limit, true);
    }

    @Override
    public int count(Condition where) {
        return dsl.fetchCount(matched(dsl.selectOne()).where(where));
    }

    @Override
    public Object[] keyAt(Condition where, List<RegisterSeek.Key> key, int offset) {
        var row = matched(dsl.select(key.stream().map(RegisterSeek.Key::field).toList())).where(where)
                .orderBy(key.stream().map(RegisterSeek.Key::sortField).toList()).offset(offset).limit(1).fetchOne();
        return row == null ? null : row.intoArray();
    }

    private Counted read(Condition where, int offset, int limit, boolean counted) {
        var tr = TRACKED_RECOMMENDATION;
        List<SelectField<?>> keys = counted ? List.of(tr.ID, TOTAL) : List.of(tr.ID);
        Table<?> page = matched(dsl.select(keys)).where(where).orderBy(order).offset(offset).limit(limit)
                .asTable("search_page");
        List<SelectField<?>> columns = new ArrayList<>(JooqRegisterQuery.columns(today));
        if (counted) {
            columns.add(page.field(TOTAL));
        }
        var result = JooqRegisterQuery.from(dsl.select(columns)).join(page).on(page.field(tr.ID).eq(tr.ID))
                .orderBy(order).fetch();
        Integer count = !counted ? null : result.isEmpty() ? 0 : result.getFirst().get(page.field(TOTAL));
        return new Counted(result.map(JooqRegisterQuery.mapper(today)), count);
    }

    /**
     * The matching recommendations, each one's items looked up by key as {@code tracked_recommendation}, with the
     * joins of {@link JooqRegisterQuery#from} (the report by the match's own report id, as the recommendation's).
     */
    private <R extends Record> SelectJoinStep<R> matched(SelectSelectStep<R> select) {
        Table<?> matches = RegisterConditions.matchingWithReports(q).asTable("search_match");
        Field<Long> recommendationId = matches.field(0, Long.class);
        Field<Long> reportId = matches.field(1, Long.class);
        Table<?> items = DSL.lateral(DSL.select(ITEM.asterisk()).from(ITEM).where(ITEM.RECOMMENDATION_ID.eq(recommendationId))
                .offset(DSL.inline(0)).asTable(TRACKED_RECOMMENDATION.getName()));
        var tr = TRACKED_RECOMMENDATION;
        return select.from(matches).crossJoin(items)
                .leftJoin(RECOMMENDATION).on(RECOMMENDATION.ID.eq(tr.RECOMMENDATION_ID))
                .leftJoin(REPORT).on(REPORT.ID.eq(reportId))
                .leftJoin(JooqRegisterQuery.RECIPIENT).on(JooqRegisterQuery.RECIPIENT.ID.eq(tr.RECIPIENT_ID))
                .leftJoin(JooqRegisterQuery.WATCHDOG).on(JooqRegisterQuery.WATCHDOG.ID.eq(REPORT.WATCHDOG_ID));
    }
}
