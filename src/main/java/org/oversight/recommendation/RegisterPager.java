package org.oversight.recommendation;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One grid's way through the register: the grid asks for rows by offset and limit as it scrolls; the pager
 * remembers the sort key of the last row of each page it handed out, and the next page seeks past that key
 * (keyset paging) instead of making the database read and drop every earlier row, so page 200 costs what page 1
 * costs. A jump to a row no page has reached yet seeks from the nearest page before it and skips the difference.
 * The rows are exactly those OFFSET would give for the same filter and order. Not shared between users or views:
 * each grid holds its own; every read still goes through {@link RecommendationRegister}, with its scope checks.
 */
public final class RegisterPager {

    /** How many page ends are remembered; beyond that the earliest are forgotten (a few bytes each). */
    static final int MAX_BOOKMARKS = 2_000;

    private final RecommendationRegister register;
    private final TreeMap<Integer, Object[]> bookmarks = new TreeMap<>();
    private RegisterFilter filter;
    private List<SortBy> sort;
    /** The first page, read with the count by {@link #count} and not yet handed out; null when there is none. */
    private List<RegisterRow> first;
    private int firstLimit;

    public RegisterPager(RecommendationRegister register) {
        this.register = register;
    }

    /**
     * How many rows the filter selects, as {@link RecommendationRegister#count} gives it, for a grid about to show
     * them from the top. Where one statement reads the count and the first {@code firstLimit} rows in the given
     * order together (a text search across every organisation, decision 0125), the grid's first {@link #page} takes
     * those rows instead of asking again. Forgets the remembered pages, as {@link #forget} does.
     */
    public int count(RegisterFilter filter, List<SortBy> sort, int firstLimit) {
        forget();
        this.filter = filter;
        this.sort = List.copyOf(sort);
        var counted = register.countWithFirstPage(filter, firstLimit, sort);
        this.first = counted.rows();
        this.firstLimit = Math.clamp(firstLimit, 0, RecommendationRegister.MAX_PAGE);
        return counted.count();
    }

    /** The rows from {@code offset}, as {@link RecommendationRegister#page} gives them. */
    public List<RegisterRow> page(RegisterFilter filter, int offset, int limit, List<SortBy> sort) {
        if (!filter.equals(this.filter) || !sort.equals(this.sort)) {
            forget();
            this.filter = filter;
            this.sort = List.copyOf(sort);
        }
        int from = Math.max(0, offset);
        List<RegisterRow> read = takeFirst(from, limit);
        if (read != null) {
            return read;
        }
        Map.Entry<Integer, Object[]> mark = bookmarks.floorEntry(from);
        List<RegisterRow> rows = mark == null
                ? register.page(filter, from, limit, sort)
                : register.pageAfter(filter, mark.getValue(), from - mark.getKey(), limit, sort);
        if (!rows.isEmpty()) {
            remember(from + rows.size(), register.keyOf(rows.getLast().id(), sort));
        }
        return rows;
    }

    /** Forgets the remembered pages, for when the register may have changed under them (a refresh). */
    public void forget() {
        bookmarks.clear();
        first = null;
    }

    /**
     * The rows read by {@link #count}, once, when they are the page asked for: from the top, and no more rows than
     * were read unless fewer came back (the selection's end). Null otherwise; the page is then read as ever.
     */
    private List<RegisterRow> takeFirst(int from, int limit) {
        List<RegisterRow> rows = first;
        first = null;
        if (rows == null || from != 0 || (limit > firstLimit && rows.size() == firstLimit)) {
            return null;
        }
        List<RegisterRow> page = List.copyOf(rows.subList(0, Math.min(limit, rows.size())));
        if (!page.isEmpty()) {
            remember(page.size(), register.keyOf(page.getLast().id(), sort));
        }
        return page;
    }

    private void remember(int offset, Object[] key) {
        if (key == null) {
            return;
        }
        bookmarks.put(offset, key);
        while (bookmarks.size() > MAX_BOOKMARKS) {
            bookmarks.pollFirstEntry();
        }
    }
}
