package org.oversight.recommendation.internal;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.length;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectOne;
import static org.jooq.impl.DSL.when;
import static org.oversight.db.Tables.ORGANISATION;
import static org.oversight.db.Tables.RECOMMENDATION;
import static org.oversight.db.Tables.RECOMMENDATION_THEME;
import static org.oversight.db.Tables.REPORT;
import static org.oversight.db.Tables.THEME;
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
import org.jooq.Records;
import org.jooq.SelectJoinStep;
import org.jooq.SelectSelectStep;
import org.jooq.SortField;
import org.jooq.impl.DSL;
import org.oversight.db.tables.Organisation;
import org.oversight.recommendation.DeadlineStanding;
import org.oversight.recommendation.ItemScope;
import org.oversight.recommendation.Priority;
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

    private static final Organisation RECIPIENT = ORGANISATION.as("recipient");
    private static final Organisation WATCHDOG = ORGANISATION.as("watchdog");
    private static final org.oversight.db.tables.Recommendation TEXT_MATCH = RECOMMENDATION.as("text_match");
    private static final org.oversight.db.tables.Report REPORT_MATCH = REPORT.as("report_match");

    private final DSLContext dsl;

    public JooqRegisterQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    public int count(RegisterFilter filter, ItemScope scope, LocalDate today) {
        return dsl.fetchCount(from(dsl.selectOne()).where(conditions(filter, today)).and(scope.items()));
    }

    public List<RegisterRow> page(RegisterFilter filter, ItemScope scope, LocalDate today, int offset, int limit,
                                  List<SortBy> sort) {
        return page(filter, scope, today, null, offset, limit, sort);
    }

    /**
     * A page that starts {@code skip} rows after the row whose sort key is {@code after} (keyset paging: the
     * database seeks to the key through the order's index instead of reading and dropping every earlier row), or
     * after {@code skip} rows from the start when {@code after} is null. Same rows, same order as OFFSET.
     */
    public List<RegisterRow> page(RegisterFilter filter, ItemScope scope, LocalDate today, Object[] after, int skip,
                                  int limit, List<SortBy> sort) {
        if (after == null) {
            return rows(filter, scope, today).orderBy(orderBy(sort)).offset(skip).limit(limit).fetch(mapper(today));
        }
        List<RegisterSeek.Key> key = sortKey(sort);
        Condition head = RegisterSeek.head(key, after);
        List<RegisterRow> rows = rows(filter, scope, today).and(head).orderBy(orderBy(sort)).offset(skip).limit(limit)
                .fetch(mapper(today));
        Condition tail = RegisterSeek.tail(key, after);
        if (rows.size() == limit || tail == null) {
            return rows;
        }
        // the page reaches past the head into the rows with no value in the first column, which all sort last
        int headRows = rows.isEmpty()
                ? dsl.fetchCount(from(dsl.selectOne()).where(conditions(filter, today)).and(scope.items()).and(head))
                : skip + rows.size();
        List<RegisterRow> page = new ArrayList<>(rows);
        page.addAll(rows(filter, scope, today).and(tail).orderBy(orderBy(sort)).offset(Math.max(0, skip - headRows))
                .limit(limit - rows.size()).fetch(mapper(today)));
        return page;
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
        try (var cursor = rows(filter, scope, today).orderBy(orderBy(sort)).fetchSize(500).fetchLazy()) {
            for (var r : cursor) {
                sink.accept(mapper.map(r));
            }
        }
    }

    private org.jooq.SelectConditionStep<org.jooq.Record14<Long, Long, String, String, String, String, String,
            org.oversight.recommendation.RecommendationKind, Priority, Status, LocalDate, LocalDate, String, Boolean>> rows(
            RegisterFilter filter, ItemScope scope, LocalDate today) {
        var tr = TRACKED_RECOMMENDATION;
        return from(dsl.select(tr.ID, REPORT.ID, REPORT.REFERENCE, REPORT.TITLE, RECOMMENDATION.NUMBER, RECOMMENDATION.TEXT,
                        RECIPIENT.NAME, RECOMMENDATION.KIND, RECOMMENDATION.PRIORITY, tr.STATUS, tr.DUE_ON, tr.CLOSED_ON,
                        WATCHDOG.SHORT_NAME, field(DeadlineStanding.paused(today))))
                .where(conditions(filter, today)).and(scope.items());
    }

    private static org.jooq.RecordMapper<org.jooq.Record14<Long, Long, String, String, String, String, String,
            org.oversight.recommendation.RecommendationKind, Priority, Status, LocalDate, LocalDate, String, Boolean>,
            RegisterRow> mapper(LocalDate today) {
        return Records.mapping((id, reportId, reference, title, number, text, recipient, kind, priority, status, dueOn,
                                closedOn, watchdog, paused) -> new RegisterRow(id, reportId, reference, title, number,
                text, recipient, kind, priority, status, dueOn,
                dueOn == null ? null : ChronoUnit.DAYS.between(today, dueOn), closedOn, watchdog,
                Boolean.TRUE.equals(paused)));
    }

    private static <R extends Record> SelectJoinStep<R> from(SelectSelectStep<R> select) {
        var tr = TRACKED_RECOMMENDATION;
        return select.from(tr)
                .join(RECOMMENDATION).on(RECOMMENDATION.ID.eq(tr.RECOMMENDATION_ID))
                .join(REPORT).on(REPORT.ID.eq(RECOMMENDATION.REPORT_ID))
                .join(RECIPIENT).on(RECIPIENT.ID.eq(tr.RECIPIENT_ID))
                .join(WATCHDOG).on(WATCHDOG.ID.eq(REPORT.WATCHDOG_ID));
    }

    static List<Condition> conditions(RegisterFilter f, LocalDate today) {
        var tr = TRACKED_RECOMMENDATION;
        List<Condition> c = new ArrayList<>();
        if (f.watchdog() != null) {
            c.add(WATCHDOG.CODE.eq(f.watchdog()));
        }
        if (f.force() != null) {
            c.add(RECIPIENT.CODE.eq(f.force()));
        }
        if (!f.statuses().isEmpty()) {
            c.add(tr.STATUS.in(f.statuses().stream().map(Status::name).toList()));
        }
        if (f.kind() != null) {
            c.add(RECOMMENDATION.KIND.eq(f.kind()));
        }
        if (f.theme() != null) {
            c.add(exists(selectOne().from(RECOMMENDATION_THEME).join(THEME).on(THEME.ID.eq(RECOMMENDATION_THEME.THEME_ID))
                    .where(RECOMMENDATION_THEME.RECOMMENDATION_ID.eq(RECOMMENDATION.ID)).and(THEME.CODE.eq(f.theme()))));
        }
        if (f.priority() != null) {
            c.add(RECOMMENDATION.PRIORITY.eq(f.priority()));
        }
        // one definition of overdue and due soon (decision 0010): DeadlineStanding
        if (f.overdue() && f.dueWithin() != null) {
            c.add(DeadlineStanding.needsAttention(today, f.dueWithin()));
        } else if (f.overdue()) {
            c.add(DeadlineStanding.overdue(today));
        } else if (f.dueWithin() != null) {
            c.add(DeadlineStanding.dueSoon(today, f.dueWithin()));
        }
        if (f.publishedFrom() != null) {
            c.add(REPORT.PUBLISHED_ON.ge(f.publishedFrom()));
        }
        if (f.publishedTo() != null) {
            c.add(REPORT.PUBLISHED_ON.le(f.publishedTo()));
        }
        if (f.q() != null) {
            // the same "contains, ignoring case" as ever, asked once per text rather than once per joined row, so
            // that PostgreSQL answers it from its trigram indexes (decision 0085)
            c.add(RECOMMENDATION.ID.in(select(TEXT_MATCH.ID).from(TEXT_MATCH).where(TEXT_MATCH.TEXT.containsIgnoreCase(f.q())))
                    .or(REPORT.ID.in(select(REPORT_MATCH.ID).from(REPORT_MATCH)
                            .where(REPORT_MATCH.REFERENCE.containsIgnoreCase(f.q())
                                    .or(REPORT_MATCH.TITLE.containsIgnoreCase(f.q()))))));
        }
        return c;
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
