package org.oversight.recommendation.internal;

import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.min;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.when;
import static org.oversight.db.Tables.RECOMMENDATION;
import static org.oversight.db.Tables.REPORT;
import static org.oversight.db.Tables.TRACKED_RECOMMENDATION;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.ToIntFunction;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SQLDialect;
import org.oversight.recommendation.RegisterRow;
import org.oversight.recommendation.internal.JooqRegisterTally.Month;

/**
 * How one page of the register is read so that it costs about the same wherever it lies, with exactly the rows
 * OFFSET would give (decision 0085; docs/performance.md, "register paging"). Sorting and skipping the whole
 * selection is what makes a page dear: the database must join and order every selected item to hand over 50. So a
 * page is first narrowed to a short range of its leading sort column, then read and ordered in full within it:
 * <ul>
 *   <li><b>By deadline</b> (the register's default order and "due"): the due dates of the page's rows are read
 *       first from the items alone, walking the deadline index (no join, stopping after the page); the page is then
 *       the selection's rows between the first and last of those dates, of which only the ties at the first are
 *       skipped. Every row of the page lies in that range, whatever else the order sorts by.</li>
 *   <li><b>By publication date</b> (the items with no deadline in the default order, which come last, and the
 *       "published" order): a window of publication dates from where the page starts (a month, then a year, then
 *       ten years, then everything) until it holds the page. The rows in a window are a prefix of the order, so a
 *       full page from a window is the page.</li>
 *   <li>Any other order, and a narrow selection (a text search within one organisation, one organisation's items:
 *       a few thousand rows at most, each found through an index, so ordering them all is cheaper than the extra
 *       statements): the remembered key, then OFFSET. A search across every organisation is bounded as the register
 *       is, its matching recommendations written in as ids (decision 0129).</li>
 * </ul>
 */
final class RegisterPaging {

    /** The rows of the register in the page's order, with the joins the order and the page need. */
    interface Rows {
        List<RegisterRow> fetch(Condition where, int offset, int limit);

        int count(Condition where);

        /** The sort key (one value per column of {@code key}) of the row {@code offset} rows into {@code where}; null if none. */
        Object[] keyAt(Condition where, List<RegisterSeek.Key> key, int offset);
    }

    private static final Field<LocalDate> DUE_ON = TRACKED_RECOMMENDATION.DUE_ON;
    private static final Field<LocalDate> PUBLISHED_ON = REPORT.PUBLISHED_ON;
    private static final org.oversight.db.tables.Recommendation WINDOW_REC = RECOMMENDATION.as("window_rec");
    private static final org.oversight.db.tables.Report WINDOW_REPORT = REPORT.as("window_report");
    /** Widths of the publication-date windows tried in turn, in days; after the last, every date. */
    private static final int[] WINDOW_DAYS = {31, 366, 3_660};

    private final DSLContext dsl;

    RegisterPaging(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * The {@code limit} rows of {@code selection} (conditions on TRACKED_RECOMMENDATION alone) that come
     * {@code skip} rows after the row whose sort key is {@code after}, or after {@code skip} rows from the start when
     * {@code after} is null.
     *
     * @param narrow    whether the selection is narrow enough to order whole (see above)
     * @param onlyDated whether every selected item has a deadline (so none comes after the dated ones)
     * @param whole     whether the selection is the whole register (no filter, every organisation), whose items are
     *                  counted by month of publication in register_tally (decision 0132)
     */
    List<RegisterRow> page(Rows rows, Condition selection, boolean narrow, boolean onlyDated, boolean whole,
                           List<RegisterSeek.Key> key, Object[] after, int skip, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        RegisterSeek.Key first = key.getFirst();
        if (narrow) {
            return byOffset(rows, selection, key, after, skip, limit);
        }
        // a jump with nothing remembered into the whole register: its counts by month of publication, in the order's
        // direction of that date, tell how many rows come before each month
        boolean led = walked(key);
        List<Month> months = led && whole && after == null && skip > 0
                ? JooqRegisterTally.months(dsl, publishedDescending(key)) : null;
        if (first.field().equals(DUE_ON)) {
            return byDeadline(rows, selection, onlyDated, key, after, skip, limit, months);
        }
        if (first.field().equals(PUBLISHED_ON)) {
            Condition from = after == null ? selection : selection.and(RegisterSeek.head(key, after));
            return byPublication(rows, from, key, after == null ? null : (LocalDate) after[0], skip, limit, months,
                    Month::items);
        }
        return byOffset(rows, selection, key, after, skip, limit);
    }

    /**
     * Whether pages in this order are walked along a date (the deadline or the publication date leads it) rather than
     * ordered whole and skipped by OFFSET.
     */
    static boolean walked(List<RegisterSeek.Key> key) {
        Field<?> first = key.getFirst().field();
        return first.equals(DUE_ON) || first.equals(PUBLISHED_ON);
    }

    private List<RegisterRow> byDeadline(Rows rows, Condition selection, boolean onlyDated, List<RegisterSeek.Key> key,
                                         Object[] after, int skip, int limit, List<Month> months) {
        if (after != null && after[0] == null) {
            return undated(rows, selection, key, after, skip, limit, null);
        }
        int datedInAll = months == null ? -1 : months.stream().mapToInt(d -> d.items() - d.undated()).sum();
        if (months != null && skip >= datedInAll) {
            // the whole register's dated rows all come before the page, as its counts tell
            return onlyDated ? List.of() : undated(rows, selection, key, null, skip - datedInAll, limit, months);
        }
        boolean descending = key.getFirst().descending();
        List<RegisterRow> page;
        int dated;
        if (after == null) {
            // the due dates of rows skip to skip + limit − 1 in deadline order: the page lies between the first and last
            List<LocalDate> dates = dueDates(selection.and(DUE_ON.isNotNull()), descending, skip, limit);
            if (dates.isEmpty()) {
                page = List.of();
                dated = skip == 0 ? 0 : count(selection.and(DUE_ON.isNotNull()));
            } else {
                LocalDate low = dates.getFirst();
                int before = skip == 0 ? 0 : count(selection.and(descending ? DUE_ON.gt(low) : DUE_ON.lt(low)));
                Condition range = dates.size() == limit ? between(low, dates.getLast(), descending)
                        : descending ? DUE_ON.le(low) : DUE_ON.ge(low);
                page = rows.fetch(selection.and(range), skip - before, limit);
                dated = skip + page.size();
            }
        } else {
            // past the remembered key: the dates strictly beyond its date bound the page from above (the rows tied
            // with the key's date that are still to come only add to the page's rows, never push them further)
            LocalDate at = (LocalDate) after[0];
            List<LocalDate> dates = dueDates(selection.and(descending ? DUE_ON.lt(at) : DUE_ON.gt(at)), descending, skip,
                    limit);
            Condition head = selection.and(RegisterSeek.head(key, after));
            Condition bound = dates.size() < limit ? head
                    : head.and(descending ? DUE_ON.ge(dates.getLast()) : DUE_ON.le(dates.getLast()));
            page = rows.fetch(bound, skip, limit);
            dated = page.isEmpty() ? rows.count(head) : skip + page.size();
        }
        if (page.size() == limit || onlyDated) {
            return page;
        }
        List<RegisterRow> all = new ArrayList<>(page);
        all.addAll(undated(rows, selection, key, null, Math.max(0, skip - dated), limit - page.size(), null));
        return all;
    }

    /** The items with no deadline, which come after every dated one, in the rest of the order. */
    private List<RegisterRow> undated(Rows rows, Condition selection, List<RegisterSeek.Key> key, Object[] after, int skip,
                                      int limit, List<Month> months) {
        // on H2 "no deadline" in a form no index answers: as DUE_ON IS NULL, H2 walked the 31,000 undated items of the
        // deadline index instead of finding the window's items by their recommendation (docs/performance.md); on
        // PostgreSQL plainly, since that form's estimate (0.5 % of the items) turned the key read of a jump into
        // a join of every item (decision 0126)
        Condition undated = selection.and(dsl.dialect().family() == SQLDialect.POSTGRES ? DUE_ON.isNull()
                : when(DUE_ON.isNull(), inline(1)).eq(inline(1)));
        if (after != null) {
            // after the key in the rest of the order (the first column, the deadline, is empty for both)
            undated = undated.and(RegisterSeek.head(key.subList(1, key.size()), Arrays.copyOfRange(after, 1, after.length)));
        }
        if (key.get(1).field().equals(PUBLISHED_ON)) {
            return byPublication(rows, undated, key.subList(1, key.size()), after == null ? null : (LocalDate) after[1], skip,
                    limit, months, Month::undated);
        }
        return rows.fetch(undated, skip, limit);
    }

    /**
     * Rows of {@code where} in the order {@code key} (led by the publication date), all of them published on or before
     * {@code start} (descending) or on or after it (ascending); null start: the latest (earliest) publication date of
     * any report. Rows skipped are not read whole: the key of the last row skipped is found by a narrow statement (the
     * key's columns alone), and the page read after it from a window that starts at its date, so a jump far ahead (the
     * scroll bar dragged to page 200, nothing remembered) reads one short window instead of widening it to ten years.
     * With the whole register's counts by month of publication ({@code tally}, {@code counted} the rows of each month
     * that {@code where} selects), only the keys of the month that holds that row are read (decision 0132).
     */
    private List<RegisterRow> byPublication(Rows rows, Condition where, List<RegisterSeek.Key> key, LocalDate start,
                                            int skip, int limit, List<Month> tally, ToIntFunction<Month> counted) {
        boolean descending = key.getFirst().descending();
        if (skip > 0) {
            Object[] last = tally == null ? rows.keyAt(where, key, skip - 1) : keyAt(rows, where, key, skip - 1, tally, counted);
            if (last == null) {
                return List.of();
            }
            return byPublication(rows, where.and(RegisterSeek.head(key, last)), key, (LocalDate) last[0], 0, limit, null,
                    counted);
        }
        LocalDate from = start != null ? start
                : dsl.select(descending ? max(PUBLISHED_ON) : min(PUBLISHED_ON)).from(REPORT).fetchOne(0, LocalDate.class);
        if (from == null) {
            return List.of();
        }
        for (int days : WINDOW_DAYS) {
            Condition window = descending ? publishedBetween(from.minusDays(days), from)
                    : publishedBetween(from, from.plusDays(days));
            List<RegisterRow> page = rows.fetch(where.and(window), skip, limit);
            if (page.size() == limit) {
                return page;
            }
        }
        return rows.fetch(where, skip, limit);
    }

    /**
     * The key of the row {@code index} rows into {@code where}, read from the month of publication that holds it as
     * the counts tell (the rows before it are the counts of the months before); null when the counts end before it.
     */
    private static Object[] keyAt(Rows rows, Condition where, List<RegisterSeek.Key> key, int index, List<Month> months,
                                  ToIntFunction<Month> counted) {
        int before = 0;
        for (Month m : months) {
            int n = counted.applyAsInt(m);
            if (before + n > index) {
                return rows.keyAt(where.and(PUBLISHED_ON.between(m.first(), m.first().plusMonths(1).minusDays(1))), key,
                        index - before);
            }
            before += n;
        }
        return null;
    }

    /** The direction of the order's publication date (descending when the order has none: only totals are used). */
    private static boolean publishedDescending(List<RegisterSeek.Key> key) {
        return key.stream().filter(k -> k.field().equals(PUBLISHED_ON)).findFirst().map(RegisterSeek.Key::descending)
                .orElse(true);
    }

    /** The remembered key then OFFSET, for orders led by a column no index of the items serves. */
    private static List<RegisterRow> byOffset(Rows rows, Condition selection, List<RegisterSeek.Key> key, Object[] after,
                                              int skip, int limit) {
        if (after == null) {
            return rows.fetch(selection, skip, limit);
        }
        Condition head = selection.and(RegisterSeek.head(key, after));
        List<RegisterRow> page = rows.fetch(head, skip, limit);
        Condition tail = RegisterSeek.tail(key, after);
        if (page.size() == limit || tail == null) {
            return page;
        }
        // the page reaches past the head into the rows with no value in the first column, which all sort last
        int headRows = page.isEmpty() ? rows.count(head) : skip + page.size();
        List<RegisterRow> all = new ArrayList<>(page);
        all.addAll(rows.fetch(selection.and(tail), Math.max(0, skip - headRows), limit - page.size()));
        return all;
    }

    /** Due dates of the selected items in deadline order, read from the items alone along the deadline index. */
    private List<LocalDate> dueDates(Condition itemsOnly, boolean descending, int offset, int limit) {
        // NULLS LAST as the index keeps them (H2, V1521; PostgreSQL's ascending default), so the walk follows the index
        return dsl.select(DUE_ON).from(TRACKED_RECOMMENDATION).where(itemsOnly)
                .orderBy(descending ? DUE_ON.desc() : DUE_ON.asc().nullsLast()).offset(offset).limit(limit).fetch(DUE_ON);
    }

    private int count(Condition itemsOnly) {
        return dsl.fetchCount(TRACKED_RECOMMENDATION, itemsOnly);
    }

    /**
     * Items of the reports published in the period, asked of the item ({@code recommendation_id IN …}) so that the
     * database finds the period's few reports by their date and their items by key, rather than walking every
     * undated item and looking up its report.
     */
    private static Condition publishedBetween(LocalDate from, LocalDate to) {
        return TRACKED_RECOMMENDATION.RECOMMENDATION_ID.in(select(WINDOW_REC.ID).from(WINDOW_REC).join(WINDOW_REPORT)
                .on(WINDOW_REPORT.ID.eq(WINDOW_REC.REPORT_ID)).where(WINDOW_REPORT.PUBLISHED_ON.between(from, to)));
    }

    private static Condition between(LocalDate first, LocalDate last, boolean descending) {
        return descending ? DUE_ON.between(last, first) : DUE_ON.between(first, last);
    }
}
