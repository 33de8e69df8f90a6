package org.oversight.recommendation.internal;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.length;
import static org.jooq.impl.DSL.when;
import static org.oversight.db.Tables.ORGANISATION;
import static org.oversight.db.Tables.RECOMMENDATION;
import static org.oversight.db.Tables.REPORT;
import static org.oversight.db.Tables.TRACKED_RECOMMENDATION;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.jooq.CaseConditionStep;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.RecordMapper;
import org.jooq.SelectField;
import org.jooq.SelectJoinStep;
import org.jooq.SelectSelectStep;
import org.jooq.SortField;
import org.jooq.impl.DSL;
import org.oversight.db.tables.Organisation;
import org.oversight.recommendation.DeadlineStanding;
import org.oversight.recommendation.ItemScope;
import org.oversight.recommendation.Priority;
import org.oversight.recommendation.RecommendationKind;
import org.oversight.recommendation.RegisterFilter;
import org.oversight.recommendation.RegisterRow;
import org.oversight.recommendation.SortBy;
import org.oversight.recommendation.Status;
import org.springframework.stereotype.Repository;

/**
 * The register's page and count queries. Filtering, sorting and paging all happen in SQL, so a page costs the same
 * whether the register holds a hundred items or a hundred thousand. The caller supplies the scope.
 */
@Repository
public class JooqRegisterQuery {

    static final Organisation RECIPIENT = ORGANISATION.as("recipient");
    static final Organisation WATCHDOG = ORGANISATION.as("watchdog");

    private final DSLContext dsl;
    private final RegisterPaging paging;

    public JooqRegisterQuery(DSLContext dsl) {
        this.dsl = dsl;
        this.paging = new RegisterPaging(dsl);
    }

    /**
     * How many items the filter selects within the scope, counted from the items alone (no join); a search across
     * every organisation on H2 by its matching recommendations' ids (decision 0129).
     */
    public int count(RegisterFilter filter, ItemScope scope, LocalDate today) {
        List<Long> ids = RegisterConditions.searchAcrossOrganisations(filter, scope) ? matchingIds(filter) : null;
        return dsl.fetchCount(TRACKED_RECOMMENDATION, DSL.and(RegisterConditions.of(filter, scope, today, dsl.dialect(),
                ids == null ? null : H2SearchWords.forCount(ids, H2SearchWords.recommendations(dsl)))));
    }

    public List<RegisterRow> page(RegisterFilter filter, ItemScope scope, LocalDate today, int offset, int limit,
                                  List<SortBy> sort) {
        return page(filter, scope, today, null, offset, limit, sort);
    }

    /** How many items the selection holds, and its first rows when they were read in the same statement (else null). */
    public record CountedPage(List<RegisterRow> rows, int count) {
    }

    /**
     * The count (as {@link #count} gives it) and, for a text search across every organisation's items, the first
     * {@code limit} rows (as {@link #page} gives them), so that the matching recommendations are found once per
     * screen: on H2 as a list of ids (decision 0129) from which the items are counted alone and the page is bounded as any
     * other; on PostgreSQL in one statement with the count as a window over the page's keys ({@link SearchRows},
     * decision 0131). Any other selection: the count alone, rows null, since its count reads the items alone.
     */
    public CountedPage countWithFirstPage(RegisterFilter filter, ItemScope scope, LocalDate today, int limit,
                                          List<SortBy> sort) {
        if (limit <= 0 || !RegisterConditions.searchAcrossOrganisations(filter, scope)) {
            return new CountedPage(null, count(filter, scope, today));
        }
        List<Long> ids = matchingIds(filter);
        if (ids != null) {
            int known = ids.isEmpty() ? 0 : H2SearchWords.recommendations(dsl).getAsInt(); // read once, count and page
            int count = dsl.fetchCount(TRACKED_RECOMMENDATION, DSL.and(RegisterConditions.of(filter, scope, today,
                    dsl.dialect(), H2SearchWords.forCount(ids, () -> known))));
            return new CountedPage(count == 0 ? List.of() : page(RegisterConditions.of(filter, scope, today, dsl.dialect(),
                    H2SearchWords.forPage(ids, () -> known, sortKey(sort), limit)), false, filter, today, null, 0, limit,
                    sort), count);
        }
        // PostgreSQL (H2 always has its ids, decision 0133)
        var first = searchRows(filter, today, sort)
                .first(DSL.and(RegisterConditions.of(RegisterConditions.withoutText(filter), scope, today, dsl.dialect())), limit);
        return new CountedPage(first.rows(), first.count());
    }

    /** PostgreSQL's rows of a text search across every organisation (decision 0131). */
    private SearchRows searchRows(RegisterFilter filter, LocalDate today, List<SortBy> sort) {
        return new SearchRows(dsl, filter.q(), today, orderBy(sort));
    }

    /** The matching recommendations' ids on H2 ({@link H2SearchWords#ids}); null on PostgreSQL (decision 0129). */
    private List<Long> matchingIds(RegisterFilter filter) {
        // PostgreSQL keeps decision 0125's sub-query and window: the ids were no faster there (decision 0129)
        return dsl.dialect().family() == org.jooq.SQLDialect.H2 ? H2SearchWords.ids(dsl, filter.q()) : null;
    }

    /**
     * A page that starts {@code skip} rows after the row whose sort key is {@code after} (keyset paging: the
     * database seeks to the key through the order's index instead of reading and dropping every earlier row), or
     * after {@code skip} rows from the start when {@code after} is null. Same rows, same order as OFFSET; how each
     * page is kept short is {@link RegisterPaging}'s.
     */
    public List<RegisterRow> page(RegisterFilter filter, ItemScope scope, LocalDate today, Object[] after, int skip,
                                  int limit, List<SortBy> sort) {
        boolean search = limit > 0 && RegisterConditions.searchAcrossOrganisations(filter, scope);
        if (search && dsl.dialect().family() == org.jooq.SQLDialect.POSTGRES) {
            // from the matching recommendations, ordering the keys alone (decision 0131)
            return paging.page(searchRows(filter, today, sort),
                    DSL.and(RegisterConditions.of(RegisterConditions.withoutText(filter), scope, today, dsl.dialect())),
                    true, RegisterConditions.onlyDated(filter), false, sortKey(sort), after, skip, limit);
        }
        List<Long> ids = search ? matchingIds(filter) : null;
        // with the matching ids written in, a search is no longer a narrow selection ordered whole: it is bounded
        return page(RegisterConditions.of(filter, scope, today, dsl.dialect(), ids == null ? null
                : H2SearchWords.forPage(ids, H2SearchWords.recommendations(dsl), sortKey(sort), skip + limit)),
                ids == null && RegisterConditions.narrow(filter, scope), filter, today, after, skip, limit, sort);
    }

    private List<RegisterRow> page(List<Condition> where, boolean narrow, RegisterFilter filter, LocalDate today,
                                   Object[] after, int skip, int limit, List<SortBy> sort) {
        List<RegisterSeek.Key> key = sortKey(sort);
        List<SortField<?>> order = key.stream().map(RegisterSeek.Key::sortField).toList();
        var mapper = mapper(today);
        RegisterPaging.Rows rows = new RegisterPaging.Rows() {
            @Override
            public List<RegisterRow> fetch(Condition where, int offset, int limit) {
                return rows(today).where(where).orderBy(order).offset(offset).limit(limit).fetch(mapper);
            }

            @Override
            public int count(Condition where) {
                return dsl.fetchCount(from(dsl.selectOne()).where(where));
            }

            @Override
            public Object[] keyAt(Condition where, List<RegisterSeek.Key> k, int offset) {
                var row = keyFrom(dsl.select(k.stream().map(RegisterSeek.Key::field).toList()), k).where(where)
                        .orderBy(k.stream().map(JooqRegisterQuery::keySortField).toList()).offset(offset).limit(1).fetchOne();
                return row == null ? null : row.intoArray();
            }
        };
        return paging.page(rows, DSL.and(where), narrow, RegisterConditions.onlyDated(filter), where.isEmpty(), key, after,
                skip, limit);
    }

    /** The sort key of one row in the given order, for the next page to seek past it; null if the row is gone. */
    public Object[] keyOf(long trackedId, List<SortBy> sort) {
        List<RegisterSeek.Key> key = sortKey(sort);
        var row = from(dsl.select(key.stream().map(RegisterSeek.Key::field).toList()))
                .where(TRACKED_RECOMMENDATION.ID.eq(trackedId)).fetchOne();
        return row == null ? null : row.intoArray();
    }

    /**
     * Every row of the filtered register in the grid's default order, handed over one at a time from a cursor
     * (fetched in batches), so that an export of the national register never holds it all in memory.
     */
    public void forEach(RegisterFilter filter, ItemScope scope, LocalDate today, List<SortBy> sort,
                        java.util.function.Consumer<RegisterRow> sink) {
        var mapper = mapper(today);
        try (var cursor = rows(today).where(RegisterConditions.of(filter, scope, today, dsl.dialect())).orderBy(orderBy(sort)).fetchSize(500)
                .fetchLazy()) {
            for (var r : cursor) {
                sink.accept(mapper.map(r));
            }
        }
    }

    /** The grid's columns, joined; the caller adds the selection ({@link RegisterConditions}) and the order. */
    private SelectJoinStep<Record> rows(LocalDate today) {
        return from(dsl.select(columns(today)));
    }

    /** The grid's columns, in the order {@link #mapper} reads them. */
    static List<SelectField<?>> columns(LocalDate today) {
        var tr = TRACKED_RECOMMENDATION;
        return List.of(tr.ID, REPORT.ID, REPORT.REFERENCE, REPORT.TITLE, RECOMMENDATION.NUMBER, RECOMMENDATION.TEXT,
                RECIPIENT.NAME, RECOMMENDATION.KIND, RECOMMENDATION.PRIORITY, tr.STATUS, tr.DUE_ON, tr.CLOSED_ON,
                WATCHDOG.SHORT_NAME, field(DeadlineStanding.paused(today)));
    }

    static RecordMapper<Record, RegisterRow> mapper(LocalDate today) {
        return r -> {
            LocalDate dueOn = r.get(10, LocalDate.class);
            return new RegisterRow(r.get(0, Long.class), r.get(1, Long.class), r.get(2, String.class),
                    r.get(3, String.class), r.get(4, String.class), r.get(5, String.class), r.get(6, String.class),
                    r.get(7, RecommendationKind.class), r.get(8, Priority.class), r.get(9, Status.class), dueOn,
                    dueOn == null ? null : ChronoUnit.DAYS.between(today, dueOn), r.get(11, LocalDate.class),
                    r.get(12, String.class), Boolean.TRUE.equals(r.get(13, Boolean.class)));
        };
    }

    /**
     * The item with its recommendation, report, recipient and watchdog. Outer joins, though every item has each of
     * them (the keys are NOT NULL references), so the rows are those of inner joins: the database must then start
     * from the items, narrowed by the selection's conditions on them, and look the rest up by key. With inner joins
     * H2 started from the 53 organisations and read every item (docs/performance.md, "Register paging and search").
     */
    static <R extends Record> SelectJoinStep<R> from(SelectSelectStep<R> select) {
        var tr = TRACKED_RECOMMENDATION;
        return select.from(tr)
                .leftJoin(RECOMMENDATION).on(RECOMMENDATION.ID.eq(tr.RECOMMENDATION_ID))
                .leftJoin(REPORT).on(REPORT.ID.eq(RECOMMENDATION.REPORT_ID))
                .leftJoin(RECIPIENT).on(RECIPIENT.ID.eq(tr.RECIPIENT_ID))
                .leftJoin(WATCHDOG).on(WATCHDOG.ID.eq(REPORT.WATCHDOG_ID));
    }

    /**
     * The rows a sort key is read from for {@link RegisterPaging.Rows#keyAt}: the item with its recommendation and
     * report as inner joins led by the report (the rows of {@link #from}: every key is a NOT NULL reference), so that
     * PostgreSQL can walk the reports in publication order along their index, each report's items by key, and stop
     * after the offset (an incremental sort by the item id within each date) instead of joining every item; the
     * recipient or watchdog joined only when the key sorts by them.
     */
    private static <R extends Record> SelectJoinStep<R> keyFrom(SelectSelectStep<R> select, List<RegisterSeek.Key> key) {
        var tr = TRACKED_RECOMMENDATION;
        SelectJoinStep<R> from = select.from(REPORT)
                .join(RECOMMENDATION).on(RECOMMENDATION.REPORT_ID.eq(REPORT.ID))
                .join(tr).on(tr.RECOMMENDATION_ID.eq(RECOMMENDATION.ID));
        if (key.stream().anyMatch(k -> k.field().equals(RECIPIENT.NAME))) {
            from = from.leftJoin(RECIPIENT).on(RECIPIENT.ID.eq(tr.RECIPIENT_ID));
        }
        if (key.stream().anyMatch(k -> k.field().equals(WATCHDOG.SHORT_NAME))) {
            from = from.leftJoin(WATCHDOG).on(WATCHDOG.ID.eq(REPORT.WATCHDOG_ID));
        }
        return from;
    }

    /**
     * A key column's order for reading keys alone: for the publication date and the item id, both NOT NULL, in the
     * database's plain direction (no NULLS LAST, which PostgreSQL's index on the date does not give descending), the
     * same order as {@link RegisterSeek.Key#sortField}; other columns as the page sorts them.
     */
    private static SortField<?> keySortField(RegisterSeek.Key k) {
        boolean notNull = k.field().equals(REPORT.PUBLISHED_ON) || k.field().equals(TRACKED_RECOMMENDATION.ID);
        return !notNull ? k.sortField() : k.descending() ? k.field().desc() : k.field().asc();
    }

    /** Sorts on whitelisted properties only; the item id comes last so that pages never overlap or skip. */
    static List<SortField<?>> orderBy(List<SortBy> sort) {
        return sortKey(sort).stream().map(RegisterSeek.Key::sortField).toList();
    }

    /** The columns of the order, each with its direction (nulls last), ending with the item id. */
    static List<RegisterSeek.Key> sortKey(List<SortBy> sort) {
        List<RegisterSeek.Key> key = new ArrayList<>();
        for (SortBy s : sort) {
            for (Field<?> f : sortFields(s.property())) {
                key.add(new RegisterSeek.Key(f, s.descending()));
            }
        }
        if (key.isEmpty()) {
            key.add(new RegisterSeek.Key(TRACKED_RECOMMENDATION.DUE_ON, false));
            key.add(new RegisterSeek.Key(REPORT.PUBLISHED_ON, true));
        }
        key.add(new RegisterSeek.Key(TRACKED_RECOMMENDATION.ID, false));
        return key;
    }

    private static List<Field<?>> sortFields(String property) {
        return switch (property) {
            case "reference" -> List.of(REPORT.REFERENCE);
            // "2" before "10": shorter numbers first, then alphabetically within a length
            case "number" -> List.of(length(RECOMMENDATION.NUMBER), RECOMMENDATION.NUMBER);
            case "recipient" -> List.of(RECIPIENT.NAME);
            case "kind" -> List.of(RECOMMENDATION.KIND);
            case "priority" -> List.of(rank(RECOMMENDATION.PRIORITY, Priority.values()));
            case "status" -> List.of(rank(TRACKED_RECOMMENDATION.STATUS, Status.values()));
            case "due" -> List.of(TRACKED_RECOMMENDATION.DUE_ON);
            case "watchdog" -> List.of(WATCHDOG.SHORT_NAME);
            case "published" -> List.of(REPORT.PUBLISHED_ON);
            case "id" -> List.of(TRACKED_RECOMMENDATION.ID); // the API's stable paging (api package)
            default -> List.of();
        };
    }

    /** The enum's declaration order (its natural order: priority, life cycle) as a sortable number. */
    private static <E extends Enum<E>> Field<Integer> rank(Field<E> column, E[] values) {
        CaseConditionStep<Integer> c = when(column.eq(values[0]), DSL.inline(0));
        for (int i = 1; i < values.length; i++) {
            c = c.when(column.eq(values[i]), DSL.inline(i));
        }
        return c.otherwise(DSL.inline(values.length));
    }
}
