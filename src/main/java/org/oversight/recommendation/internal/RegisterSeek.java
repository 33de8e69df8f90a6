package org.oversight.recommendation.internal;

import java.util.List;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.SortField;
import org.jooq.impl.DSL;

/**
 * Keyset paging for the register: the rows that come after a given sort key in an order whose every column sorts
 * nulls last and whose last column is the item id (unique), so "after" is exact and a page sought this way holds
 * the same rows as the same page read with OFFSET.
 */
final class RegisterSeek {

    /** One column of the order and its direction; nulls always sort last. */
    record Key(Field<?> field, boolean descending) {

        SortField<?> sortField() {
            return descending ? field.desc().nullsLast() : field.asc().nullsLast();
        }
    }

    private RegisterSeek() {
    }

    /**
     * Rows strictly after {@code values} (one value per key column) whose first column is not null, or all rows
     * after them when the first value is null itself: after on the first column, or equal on it and after on the
     * rest. The first column's bound stands on its own ({@code due_on >= d}, not "or null"), so the database walks
     * that column's index from the key instead of from the beginning; the rows with a null first column, which all
     * come later, are {@link #tail}.
     */
    static Condition head(List<Key> key, Object[] values) {
        if (values.length != key.size()) {
            throw new IllegalArgumentException("a sort key of " + key.size() + " values, not " + values.length);
        }
        Condition rest = DSL.falseCondition();
        for (int i = key.size() - 1; i >= 1; i--) {
            rest = strictlyAfter(key.get(i), values[i]).or(equal(key.get(i), values[i]).and(rest));
        }
        Key first = key.getFirst();
        if (values[0] == null) {
            return equal(first, null).and(rest);
        }
        return bounded(first, values[0], true).and(bounded(first, values[0], false).or(equal(first, values[0]).and(rest)));
    }

    /** The rows after those of {@link #head} (a null first column), or null when the head holds them all. */
    static Condition tail(List<Key> key, Object[] values) {
        return values[0] == null ? null : key.getFirst().field().isNull();
    }

    private static <T> Condition bounded(Key k, Object value, boolean inclusive) {
        @SuppressWarnings("unchecked")
        Field<T> f = (Field<T>) k.field();
        Field<T> v = DSL.val(value, f);
        if (k.descending()) {
            return inclusive ? f.le(v) : f.lt(v);
        }
        return inclusive ? f.ge(v) : f.gt(v);
    }

    private static <T> Condition strictlyAfter(Key k, Object value) {
        @SuppressWarnings("unchecked")
        Field<T> f = (Field<T>) k.field();
        if (value == null) {
            return DSL.falseCondition(); // nulls come last: nothing sorts after a null
        }
        Field<T> v = DSL.val(value, f);
        return (k.descending() ? f.lt(v) : f.gt(v)).or(f.isNull());
    }

    private static <T> Condition equal(Key k, Object value) {
        @SuppressWarnings("unchecked")
        Field<T> f = (Field<T>) k.field();
        return value == null ? f.isNull() : f.eq(DSL.val(value, f));
    }
}
