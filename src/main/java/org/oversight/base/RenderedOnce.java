package org.oversight.base;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Param;
import org.jooq.Record;
import org.jooq.Select;

/**
 * The SQL of a query asked on every navigation, rendered once for each set of inputs that makes it, and then asked
 * again as that text with the same bind values. jOOQ renders a query's SQL afresh each time it runs; for the header's
 * bell that rendering, and the building of the query before it, were four fifths of what the bell cost the node, on
 * every navigation of every person (docs/performance.md, "Capacity"; decision 0144).
 * <p>
 * The key must be everything the query is made from (the reader's scope, the day, the settings): a query is a
 * function of its inputs, so the same key gives the same SQL and the same values. The values are kept as the query's
 * own parameters, with their types and converters, and bound as before. A bounded number of keys is kept (one per
 * scope and day in use), the least used going first.
 *
 * @param <K> the inputs the query is made from (a record, or a list of the values), compared by {@code equals}
 */
public final class RenderedOnce<K> {

    private final Cache<K, Rendered> rendered;

    public RenderedOnce(int keys) {
        rendered = Caffeine.newBuilder().maximumSize(keys).build();
    }

    /**
     * The query's single row, as {@code query} would fetch it. {@code query} must make the query from the key's
     * values alone, and is called only the first time a key is asked (building the query is a good part of the cost).
     */
    @SuppressWarnings("unchecked")
    public <R extends Record> R fetchSingle(DSLContext dsl, K key, Supplier<? extends Select<R>> query) {
        Rendered r = rendered.get(key, k -> Rendered.of(dsl, query.get()));
        return (R) dsl.resultQuery(r.sql(), (Object[]) r.params()).coerce(r.fields()).fetchSingle();
    }

    /** How many keys are kept. */
    long size() {
        rendered.cleanUp();
        return rendered.estimatedSize();
    }

    /** A query's SQL with a {@code ?} for each bind value, its parameters in that order, and its columns. */
    private record Rendered(String sql, Param<?>[] params, Field<?>[] fields) {

        static Rendered of(DSLContext dsl, Select<?> query) {
            String sql = dsl.render(query);
            // the bind values in the order of their ? (an inline value is written into the SQL, as before)
            Param<?>[] params = dsl.extractParams(query).values().stream().filter(p -> !p.isInline()).toArray(Param<?>[]::new);
            if (marks(sql) != params.length) {
                throw new IllegalStateException(params.length + " values for the " + marks(sql) + " ? of " + sql);
            }
            return new Rendered(sql, params, query.getSelect().toArray(Field<?>[]::new));
        }

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
