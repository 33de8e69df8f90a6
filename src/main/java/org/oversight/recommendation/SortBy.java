package org.oversight.recommendation;

/** One sort order asked for by a list: a property name the query knows (unknown names are ignored) and a direction. */
public record SortBy(String property, boolean descending) {

    public static SortBy asc(String property) {
        return new SortBy(property, false);
    }

    public static SortBy desc(String property) {
        return new SortBy(property, true);
    }
}
