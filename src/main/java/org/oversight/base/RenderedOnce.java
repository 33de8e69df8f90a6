package org.oversight.base;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.Optional;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.jooq.Param;
import org.jooq.Record;
import org.jooq.Result;
import org.jooq.Select;

/**
 * The SQL of a query asked on every navigation, rendered once for each set of inputs that makes it, and then asked
 * again as that text with the same bind values, and the values of its placeholders ({@link Prepared}). jOOQ renders a
 * query's SQL afresh each time it runs; for the header's bell that rendering, and the building of the query before
 * it, were four fifths of what the bell cost the node, on every navigation of every person (docs/performance.md,
 * "Capacity"; decisions 0144 and 0146).
 * <p>
 * The key must be everything the query is made from (the reader's scope, the day, the settings) but the placeholders:
 * a query is a function of its inputs, so the same key gives the same SQL and the same values. The values are kept as
 * the query's own parameters, with their types and converters, and bound as before; the text goes to the driver as it
 * is. A bounded number of keys is kept (one per scope and day in use), the least used going first.
 *
 * @param <K> the inputs the query is made from (a record, or a list of the values), compared by {@code equals}
 */
public final class RenderedOnce<K> {

    private final Cache<K, Prepared<?>> rendered;
    private final Param<?>[] placeholders;

    /**
     * @param keys         how many keys are kept
     * @param placeholders the values that differ within one key (an item's id), given at each asking in this order
     */
    public RenderedOnce(int keys, Param<?>... placeholders) {
        this.rendered = Caffeine.newBuilder().maximumSize(keys).build();
        this.placeholders = placeholders.clone();
    }

    /**
     * The query's rows, as {@code query} would fetch them with the placeholders' {@code values}. {@code query} must
     * make the query from the key's values and the placeholders alone, and is called only the first time a key is
     * asked (building the query is a good part of the cost).
     */
    @SuppressWarnings("unchecked")
    public <R extends Record> Result<R> fetch(DSLContext dsl, K key, Supplier<? extends Select<R>> query, Object... values) {
        return (Result<R>) prepared(dsl, key, query).fetch(dsl, values);
    }

    /** The query's one row; see {@link #fetch} and {@link Prepared#fetchSingle}. */
    @SuppressWarnings("unchecked")
    public <R extends Record> R fetchSingle(DSLContext dsl, K key, Supplier<? extends Select<R>> query, Object... values) {
        return (R) prepared(dsl, key, query).fetchSingle(dsl, values);
    }

    /** The query's row, if there is one; see {@link #fetch} and {@link Prepared#fetchOptional}. */
    @SuppressWarnings("unchecked")
    public <R extends Record> Optional<R> fetchOptional(DSLContext dsl, K key, Supplier<? extends Select<R>> query,
                                                        Object... values) {
        return (Optional<R>) prepared(dsl, key, query).fetchOptional(dsl, values);
    }

    private Prepared<?> prepared(DSLContext dsl, K key, Supplier<? extends Select<?>> query) {
        return rendered.get(key, k -> Prepared.of(dsl, query.get(), placeholders));
    }

    /** How many keys are kept. */
    long size() {
        rendered.cleanUp();
        return rendered.estimatedSize();
    }
}
