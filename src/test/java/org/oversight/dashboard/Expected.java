package org.oversight.dashboard;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongPredicate;
import java.util.stream.Stream;
import org.oversight.dashboard.DemoRows.Item;

/**
 * The dashboard's figures counted again in Java from {@link DemoRows}, one item at a time, for a user who may see
 * the recipients {@code visible} accepts. Written from the definitions in the docs, not from the queries.
 */
final class Expected {

    static final Set<String> CLOSED = Set.of("VERIFIED_IMPLEMENTED", "CLOSED_NOT_IMPLEMENTED", "NO_FURTHER_ACTION",
            "SUPERSEDED");

    /** oversight.deadlines.due-soon-days as configured (its default), shared by the bell and the dashboard. */
    static final int DUE_SOON_DAYS = 14;

    private final DemoRows rows;
    private final LongPredicate visible;
    private final DashboardFilter filter;
    private final LocalDate today;

    Expected(DemoRows rows, LongPredicate visible, DashboardFilter filter, LocalDate today) {
        this.rows = rows;
        this.visible = visible;
        this.filter = filter;
        this.today = today;
    }

    boolean inFilter(Item i) {
        LocalDate from = filter.period().publishedFrom(today).orElse(LocalDate.MIN);
        return (filter.watchdog() == null || filter.watchdog().equals(i.watchdog()))
                && !i.published().isBefore(from)
                && (filter.theme() == null || i.themes().contains(filter.theme()));
    }

    Stream<Item> items() {
        return rows.items.stream().filter(i -> visible.test(i.recipientId())).filter(this::inFilter);
    }

    static boolean open(Item i) {
        return !CLOSED.contains(i.status());
    }

    /** Decision 0010: the running clock's date (due_on) has passed and no clock of the item is paused today. */
    boolean overdue(Item i) {
        return i.dueOn() != null && i.dueOn().isBefore(today) && !paused(i);
    }

    boolean paused(Item i) {
        return rows.pauses.stream().anyMatch(p -> p.item() == i.id() && p.covers(today));
    }

    boolean noTargetDate(Item i) {
        return (i.status().equals("PLAN_ACCEPTED") || i.status().equals("IN_PROGRESS")) && i.dueOn() == null;
    }

    HeadlineFigures headline() {
        LocalDate quarterStart = LocalDate.of(today.getYear(), today.getMonth().firstMonthOfQuarter().getValue(), 1);
        List<Item> items = items().toList();
        List<Long> days = items.stream().filter(i -> i.status().equals("VERIFIED_IMPLEMENTED"))
                .map(i -> ChronoUnit.DAYS.between(i.published(), i.closedOn())).sorted().toList();
        Double median = days.isEmpty() ? null : days.size() % 2 == 1 ? (double) days.get(days.size() / 2)
                : (days.get(days.size() / 2 - 1) + days.get(days.size() / 2)) / 2.0;
        return new HeadlineFigures(
                (int) items.stream().filter(Expected::open).count(),
                (int) items.stream().filter(this::overdue).count(),
                (int) items.stream().filter(i -> i.dueOn() != null && !i.dueOn().isBefore(today)
                        && !i.dueOn().isAfter(today.plusDays(DUE_SOON_DAYS)) && !paused(i)).count(),
                DUE_SOON_DAYS,
                (int) items.stream().filter(this::noTargetDate).count(),
                plansAwaitingDecision(),
                (int) items.stream().filter(i -> i.status().equals("VERIFIED_IMPLEMENTED")
                        && !i.closedOn().isBefore(quarterStart)).count(),
                quarterStart, median, days.size(),
                (int) items.stream().filter(i -> i.reopenCount() > 0).count(),
                (int) items.stream().filter(i -> CLOSED.contains(i.status()) || i.reopenCount() > 0).count());
    }

    private int plansAwaitingDecision() {
        LocalDate from = filter.period().publishedFrom(today).orElse(LocalDate.MIN);
        return (int) rows.plans.stream()
                .filter(p -> p.status().equals("SUBMITTED") && visible.test(p.organisationId()))
                .filter(p -> filter.watchdog() == null || filter.watchdog().equals(p.watchdog()))
                .filter(p -> !p.published().isBefore(from))
                .filter(p -> filter.theme() == null || rows.items.stream().anyMatch(i -> i.recipientId() == p.organisationId()
                        && i.reportId() == p.reportId() && i.themes().contains(filter.theme())))
                .count();
    }

    /**
     * Segment counts per recipient name: awaiting plan, in progress, reported complete, overdue, verified, closed for
     * another reason; every item is in one.
     */
    Map<String, List<Integer>> statusByForce(boolean comparative) {
        Stream<Item> items = comparative
                ? rows.items.stream().filter(i -> i.recipientKind().equals("FORCE")).filter(this::inFilter)
                : items();
        Map<String, int[]> counts = new HashMap<>();
        items.forEach(i -> {
            int segment;
            if (open(i) && overdue(i)) {
                segment = 3;
            } else if (Set.of("OPEN", "PLAN_AWAITED", "PLAN_SUBMITTED").contains(i.status())) {
                segment = 0;
            } else if (Set.of("PLAN_ACCEPTED", "IN_PROGRESS").contains(i.status())) {
                segment = 1;
            } else if (i.status().equals("REPORTED_COMPLETE")) {
                segment = 2;
            } else if (i.status().equals("VERIFIED_IMPLEMENTED")) {
                segment = 4;
            } else {
                segment = 5;
            }
            counts.computeIfAbsent(i.recipient(), k -> new int[6])[segment]++;
        });
        Map<String, List<Integer>> result = new HashMap<>();
        counts.forEach((k, v) -> result.put(k, java.util.Arrays.stream(v).boxed().toList()));
        return result;
    }

    /** Open and verified at each of the last 36 month ends (the current month: now), by replaying the history. */
    Map<YearMonth, List<Integer>> openVsClosed() {
        Set<Long> counted = new java.util.HashSet<>(items().map(Item::id).toList());
        Map<YearMonth, List<Integer>> result = new HashMap<>();
        YearMonth last = YearMonth.from(today);
        for (int back = 35; back >= 0; back--) {
            YearMonth month = last.minusMonths(back);
            LocalDate end = month.atEndOfMonth();
            Map<Long, String> statusAtEnd = new HashMap<>();
            for (DemoRows.Change c : rows.changes) {
                if (counted.contains(c.item()) && !c.at().atZoneSameInstant(DemoRows.UK).toLocalDate().isAfter(end)) {
                    statusAtEnd.put(c.item(), c.to());
                }
            }
            int open = (int) statusAtEnd.values().stream().filter(s -> !CLOSED.contains(s)).count();
            int verified = (int) statusAtEnd.values().stream().filter("VERIFIED_IMPLEMENTED"::equals).count();
            result.put(month, List.of(open, verified));
        }
        return result;
    }

    /** Overdue items per watchdog short name, per kind in the enum's order. */
    Map<String, List<Integer>> overdueByWatchdog() {
        List<String> kinds = List.of("CAUSE_OF_CONCERN", "RECOMMENDATION", "AREA_FOR_IMPROVEMENT", "LEARNING_RECOMMENDATION");
        Map<String, List<Integer>> result = new HashMap<>();
        for (String watchdog : List.of("HMICFRS", "IOPC", "IICSA")) {
            if (filter.watchdog() != null && !filter.watchdog().equals(watchdog)) {
                continue;
            }
            List<Integer> counts = new ArrayList<>();
            for (String kind : kinds) {
                counts.add((int) items().filter(i -> i.watchdog().equals(watchdog) && i.kind().equals(kind))
                        .filter(i -> open(i) && overdue(i)).count());
            }
            result.put(watchdog, counts);
        }
        return result;
    }

    /**
     * Actions counted, on time and never moved, then moved later (first agreed to current date), finished late
     * (current date to the day done) and overdue now (current date to today), four buckets each: 1–30, 31–90, 91–180, more.
     */
    List<Integer> slippage() {
        LocalDate from = filter.period().publishedFrom(today).orElse(LocalDate.MIN);
        int[] buckets = new int[14];
        for (DemoRows.Action a : rows.actions) {
            DemoRows.Plan plan = rows.plans.stream().filter(p -> p.id() == a.plan()).findFirst().orElseThrow();
            boolean themed = filter.theme() == null || rows.items.stream()
                    .anyMatch(i -> a.answers().contains(i.id()) && i.themes().contains(filter.theme()));
            if (visible.test(plan.organisationId()) && !a.status().equals("CANCELLED") && themed
                    && (filter.watchdog() == null || filter.watchdog().equals(plan.watchdog()))
                    && !plan.published().isBefore(from)) {
                boolean done = a.status().equals("DONE");
                long moved = ChronoUnit.DAYS.between(a.originalDue(), a.due());
                long finishedLate = done ? ChronoUnit.DAYS.between(a.due(), a.completed() != null ? a.completed() : a.due()) : 0;
                long overdueNow = done ? 0 : ChronoUnit.DAYS.between(a.due(), today);
                buckets[0]++;
                if (moved <= 0 && finishedLate <= 0 && overdueNow <= 0) {
                    buckets[1]++;
                }
                long[] measures = {moved, finishedLate, overdueNow};
                for (int m = 0; m < 3; m++) {
                    long d = measures[m];
                    if (d > 0) {
                        buckets[2 + m * 4 + (d <= 30 ? 0 : d <= 90 ? 1 : d <= 180 ? 2 : 3)]++;
                    }
                }
            }
        }
        return java.util.Arrays.stream(buckets).boxed().toList();
    }

    /** Open items per "recipient name|theme name" cell, without the empty cells. */
    Map<String, Integer> themesByForce() {
        Map<String, Integer> cells = new HashMap<>();
        DashboardFilter unthemed = filter.withTheme(null);
        Expected all = new Expected(rows, visible, unthemed, today);
        all.items().filter(Expected::open).forEach(i -> i.themes().stream()
                .filter(t -> filter.theme() == null || filter.theme().equals(t))
                .forEach(t -> cells.merge(i.recipient() + "|" + rows.themeNames.get(t), 1, Integer::sum)));
        return cells;
    }
}
