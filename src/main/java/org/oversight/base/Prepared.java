package org.oversight.base;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.jooq.Converter;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Param;
import org.jooq.Record;
import org.jooq.Result;
import org.jooq.SQLDialect;
import org.jooq.Select;
import org.jooq.VisitListener;
import org.jooq.conf.ParamType;
import org.jooq.exception.NoDataFoundException;
import org.jooq.exception.TooManyRowsException;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultVisitListenerProvider;

/**
 * A query asked on every page of a busy path, built and rendered by jOOQ once, then run as that SQL text with new
 * values. jOOQ builds and renders a query's SQL afresh each time it runs, and under load that was a quarter of what
 * the database work cost the node, more than the JDBC driver (docs/performance.md, "Capacity"; decision 0146). jOOQ's
 * manual names this remedy: keep the SQL it generated and prepare the statement yourself.
 * <p>
 * The query is made from {@link #value placeholders} instead of values; each asking gives the placeholders' values in
 * the order they were declared. Values in the query itself (a status, a limit) are kept and bound as they were. The
 * rows come back as jOOQ reads them, through the columns' own types and converters, in the transaction of the caller.
 * <p>
 * Only one shape of query can be prepared: for a query whose joins or conditions depend on its inputs, keep one per
 * shape. A value bound here is a plain JDBC value (a number, text, a date or time, a boolean, or what a converter
 * makes of an enum); anything else is refused when the query is first rendered, by a test of its own.
 *
 * @param <R> the query's record type
 */
public final class Prepared<R extends Record> {

    private final Function<DSLContext, ? extends Select<R>> query;
    private final List<Param<?>> placeholders;
    private volatile Rendered rendered;

    private Prepared(Function<DSLContext, ? extends Select<R>> query, List<Param<?>> placeholders) {
        this.query = query;
        this.placeholders = placeholders;
    }

    /**
     * A select made by {@code query} with the given placeholders; built and rendered when it is first asked (the
     * dialect is then known), once. The function must make the same query every time.
     */
    public static <R extends Record> Prepared<R> select(Function<DSLContext, ? extends Select<R>> query,
                                                        Param<?>... placeholders) {
        List<String> names = new ArrayList<>();
        for (Param<?> p : placeholders) {
            if (p.getParamName() == null || names.contains(p.getParamName())) {
                throw new IllegalArgumentException("each placeholder needs a name of its own: " + p);
            }
            names.add(p.getParamName());
        }
        return new Prepared<>(query, List.of(placeholders));
    }

    /** A select rendered at once, with the given placeholders (checked as {@link #select} does). */
    static <R extends Record> Prepared<R> of(DSLContext dsl, Select<R> select, Param<?>... placeholders) {
        // the query itself is not kept, only what was rendered from it
        Prepared<R> p = select(d -> {
            throw new IllegalStateException("rendered for " + dsl.dialect() + ", asked of another database");
        }, placeholders);
        p.rendered = Rendered.of(dsl, select, p.placeholders);
        return p;
    }

    /** A placeholder for a value given when the query is asked; its name is its key, unique within one query. */
    public static <T> Param<T> value(String name, Class<T> type) {
        return DSL.param(name, type);
    }

    /** A placeholder of a column's type, with its converter (an enum kept as text, for example). */
    public static <T> Param<T> value(String name, Field<T> like) {
        return DSL.param(name, like.getDataType());
    }

    /** The rows, with the placeholders' values in the order they were declared. */
    @SuppressWarnings("unchecked")
    public Result<R> fetch(DSLContext dsl, Object... values) {
        if (values.length != placeholders.size()) {
            throw new IllegalArgumentException(values.length + " values for " + placeholders.size() + " placeholders");
        }
        Rendered r = rendered(dsl);
        return (Result<R>) dsl.connectionResult(c -> {
            try (PreparedStatement ps = c.prepareStatement(r.sql())) {
                for (int i = 0; i < r.params().size(); i++) {
                    int slot = r.slots()[i];
                    bind(ps, i + 1, r.params().get(i), slot < 0 ? r.params().get(i).getValue() : values[slot]);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    return dsl.fetch(rs, r.fields());
                }
            }
        });
    }

    /** The one row; jOOQ's {@link NoDataFoundException} or {@link TooManyRowsException} otherwise. */
    public R fetchSingle(DSLContext dsl, Object... values) {
        Result<R> rows = fetch(dsl, values);
        if (rows.isEmpty()) {
            throw new NoDataFoundException("no row where one was expected"); // i18n-ok: jOOQ's own, for programmers
        } else if (rows.size() > 1) {
            throw new TooManyRowsException(rows.size() + " rows where one was expected"); // i18n-ok: as above
        }
        return rows.getFirst();
    }

    /** The row, if there is one; jOOQ's {@link TooManyRowsException} if there are more. */
    public Optional<R> fetchOptional(DSLContext dsl, Object... values) {
        Result<R> rows = fetch(dsl, values);
        if (rows.size() > 1) {
            throw new TooManyRowsException(rows.size() + " rows where at most one was expected"); // i18n-ok: as above
        }
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.getFirst());
    }

    /** The SQL as it is sent, with a {@code ?} for each value (for tests and the curious). */
    String sql(DSLContext dsl) {
        return rendered(dsl).sql();
    }

    private Rendered rendered(DSLContext dsl) {
        Rendered r = rendered;
        if (r == null || r.dialect() != dsl.dialect()) {
            // two first askings at once render the same text twice, harmlessly; a query kept in a static field renders
            // again for another database (the tests start both in one JVM)
            r = Rendered.of(dsl, query.apply(dsl), placeholders);
            rendered = r;
        }
        return r;
    }

    @SuppressWarnings("unchecked")
    private static void bind(PreparedStatement ps, int index, Param<?> p, Object value) throws SQLException {
        Object db = ((Converter<Object, Object>) p.getConverter()).to(value);
        if (db == null) {
            ps.setNull(index, p.getDataType().getSQLType());
        } else {
            ps.setObject(index, db);
        }
    }

    /**
     * A query's SQL for one database, with a {@code ?} for each bind value, the parameters in that order, for each the
     * placeholder whose value it takes (its index among the placeholders, or -1 for a value of the query's own), and the
     * query's columns.
     */
    private record Rendered(SQLDialect dialect, String sql, List<Param<?>> params, int[] slots, Field<?>[] fields) {

        static Rendered of(DSLContext dsl, Select<?> query, List<Param<?>> placeholders) {
            List<Param<?>> bound = new ArrayList<>();
            // the values jOOQ writes as a ?, in the order it writes them (a listener sees every part as it is written)
            VisitListener listener = VisitListener.onVisitStart(ctx -> {
                if (ctx.queryPart() instanceof Param<?> p && !p.isInline() && ctx.renderContext() != null
                        && ctx.renderContext().paramType() != ParamType.INLINED) {
                    bound.add(p);
                }
            });
            String sql = dsl.configuration().derive(new DefaultVisitListenerProvider(listener)).dsl().render(query);
            if (marks(sql) != bound.size()) {
                throw new IllegalStateException(bound.size() + " values for the " + marks(sql) + " ? of " + sql);
            }
            List<String> names = placeholders.stream().map(Param::getParamName).toList();
            int[] slots = bound.stream().mapToInt(p -> names.indexOf(p.getParamName())).toArray();
            for (int i = 0; i < names.size(); i++) {
                int slot = i;
                if (IntStream.of(slots).noneMatch(s -> s == slot)) {
                    throw new IllegalStateException("the placeholder " + names.get(i) + " is not in " + sql);
                }
            }
            for (Param<?> p : bound) {
                Class<?> type = p.getDataType().getFromType();
                if (!ALLOWED.contains(type)) {
                    throw new IllegalStateException("a value of type " + type.getName() + " cannot be bound here: " + sql);
                }
            }
            return new Rendered(dsl.dialect(), sql, List.copyOf(bound), slots, query.getSelect().toArray(Field<?>[]::new));
        }

        private static final List<Class<?>> ALLOWED = List.of(Long.class, Integer.class, Short.class, String.class,
                Boolean.class, java.math.BigDecimal.class, java.time.LocalDate.class, java.time.LocalDateTime.class,
                java.time.OffsetDateTime.class);

        /** The {@code ?} outside quoted text. */
        private static int marks(String sql) {
            int marks = 0;
            boolean quoted = false;
            for (char c : sql.toCharArray()) {
                quoted ^= c == '\'';
                marks += !quoted && c == '?' ? 1 : 0;
            }
            return marks;
        }
    }
}
