package org.oversight.dashboard.chart;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.oversight.dashboard.chart.StatusByForce.StatusGroup;

/** Small, recognisable data for the chart tests, and the 44 forces of England and Wales for size tests. */
final class ChartSamples {

    static final List<StatusGroup> STATUS_GROUPS = List.of(StatusGroup.open("Awaiting plan"),
            StatusGroup.open("In progress"), StatusGroup.open("Reported complete"), StatusGroup.overdue("Overdue"),
            StatusGroup.closed("Verified closed"));

    static final List<String> FORCES_OF_ENGLAND_AND_WALES = List.of("Avon and Somerset Constabulary",
            "Bedfordshire Police", "Cambridgeshire Constabulary", "Cheshire Constabulary", "City of London Police",
            "Cleveland Police", "Cumbria Constabulary", "Derbyshire Constabulary", "Devon and Cornwall Police",
            "Dorset Police", "Durham Constabulary", "Dyfed-Powys Police", "Essex Police", "Gloucestershire Constabulary",
            "Greater Manchester Police", "Gwent Police", "Hampshire and Isle of Wight Constabulary",
            "Hertfordshire Constabulary", "Humberside Police", "Kent Police", "Lancashire Constabulary",
            "Leicestershire Police", "Lincolnshire Police", "Merseyside Police", "Metropolitan Police Service",
            "Norfolk Constabulary", "North Wales Police", "North Yorkshire Police", "Northamptonshire Police",
            "Northumbria Police", "Nottinghamshire Police", "South Wales Police", "South Yorkshire Police",
            "Staffordshire Police", "Suffolk Constabulary", "Surrey Police", "Sussex Police", "Thames Valley Police",
            "Warwickshire Police", "West Mercia Police", "West Midlands Police", "West Yorkshire Police",
            "Wiltshire Police", "British Transport Police");

    private ChartSamples() {
    }

    /** The same counts with one force drawn out, as the dashboard does for a chief officer's own force. */
    static StatusByForce highlighting(StatusByForce data, String force) {
        return new StatusByForce(data.groups(), data.forces(), Optional.of(force));
    }

    /** Three forces; Kent has the most open (4+6+1+2 = 13), Surrey 12 open of which 3 overdue. */
    static StatusByForce threeForces() {
        return new StatusByForce(STATUS_GROUPS, List.of(
                CountRow.of("Surrey Police", 2, 5, 2, 3, 7),
                CountRow.of("Kent Police", 4, 6, 1, 2, 1),
                CountRow.of("Sussex Police", 1, 1, 0, 0, 9)));
    }

    /** All 44 forces with deterministic, varied counts; Metropolitan Police Service has the most open. */
    static StatusByForce fortyFourForces() {
        List<CountRow> rows = new ArrayList<>();
        for (int i = 0; i < FORCES_OF_ENGLAND_AND_WALES.size(); i++) {
            String name = FORCES_OF_ENGLAND_AND_WALES.get(i);
            boolean met = name.equals("Metropolitan Police Service");
            rows.add(CountRow.of(name, met ? 9 : i % 5, met ? 20 : (i * 7) % 11, met ? 4 : i % 3,
                    met ? 8 : (i * 3) % 4, met ? 30 : (i * 5) % 13));
        }
        return new StatusByForce(STATUS_GROUPS, rows, Optional.of("Surrey Police"));
    }

    static OpenVsClosedTrend trend() {
        List<OpenVsClosedTrend.MonthCounts> months = new ArrayList<>();
        YearMonth first = YearMonth.of(2023, 12);
        for (int i = 0; i < 36; i++) {
            months.add(OpenVsClosedTrend.MonthCounts.of(first.plusMonths(i), 120 - i * 2 + (i % 4), 10 + i * 4,
                    15 + (i % 6)));
        }
        return new OpenVsClosedTrend(List.of("Open", "Verified closed", "Overdue"), months);
    }

    static OverdueByWatchdog overdue() {
        return new OverdueByWatchdog(List.of("Recommendation", "Area for improvement", "Learning"), List.of(
                CountRow.of("HMICFRS", 12, 18, 0),
                CountRow.of("IOPC", 7, 0, 5),
                CountRow.of("Coroner (PFD)", 3, 0, 0)));
    }

    static DeadlineSlippage slippage() {
        return DeadlineSlippage.of(120, 70, new int[] {22, 14, 6, 8}, new int[] {10, 5, 2, 1}, new int[] {7, 4, 3, 2});
    }

    static ThemesByForce themes() {
        return new ThemesByForce(List.of("Custody", "Stop and search", "Vetting", "Domestic abuse"), List.of(
                CountRow.of("Surrey Police", 3, 0, 5, 2),
                CountRow.of("Kent Police", 7, 1, 0, 4),
                CountRow.of("Metropolitan Police Service", 23, 11, 9, 15)));
    }

    static ActionPlanTimeline plan() {
        LocalDate start = LocalDate.of(2026, 1, 5);
        return new ActionPlanTimeline("Custody improvement plan", LocalDate.of(2026, 11, 23), List.of(
                new ActionPlanTimeline.PlannedAction("Review custody healthcare contract", start,
                        LocalDate.of(2026, 4, 30), true),
                new ActionPlanTimeline.PlannedAction("Train custody sergeants", start, LocalDate.of(2026, 12, 18),
                        LocalDate.of(2026, 9, 30), false),
                new ActionPlanTimeline.PlannedAction("Install CCTV in cells", LocalDate.of(2026, 3, 1),
                        LocalDate.of(2026, 10, 31), false),
                new ActionPlanTimeline.PlannedAction("Audit detention logs", LocalDate.of(2026, 6, 1),
                        LocalDate.of(2027, 2, 28), false)));
    }

    /** Status by force at national scale: every force with hundreds of items in each group, as the generated set has. */
    static StatusByForce nationalStatus() {
        List<CountRow> rows = new ArrayList<>();
        for (int i = 0; i < FORCES_OF_ENGLAND_AND_WALES.size(); i++) {
            rows.add(CountRow.of(FORCES_OF_ENGLAND_AND_WALES.get(i), 40 + (i * 37) % 90, 120 + (i * 53) % 200,
                    30 + (i * 29) % 70, 20 + (i * 17) % 60, 300 + (i * 71) % 400));
        }
        return new StatusByForce(STATUS_GROUPS, rows, Optional.of("Surrey Police"));
    }

    /** Open and verified-closed items at national scale over the three years the chart shows. */
    static OpenVsClosedTrend nationalTrend() {
        List<OpenVsClosedTrend.MonthCounts> months = new ArrayList<>();
        YearMonth first = YearMonth.of(2023, 12);
        for (int i = 0; i < OpenVsClosedTrend.WINDOW_MONTHS; i++) {
            months.add(OpenVsClosedTrend.MonthCounts.of(first.plusMonths(i), 2_000 + i * 90 + (i * 37) % 400,
                    i * 160 + (i * 13) % 300));
        }
        return new OpenVsClosedTrend(List.of("Open", "Verified closed"), months);
    }

    /** 44 forces by 16 themes, every cell counted. */
    static ThemesByForce nationalThemes() {
        List<String> themes = List.of("Call handling", "Counter-corruption", "Custody", "Digital evidence",
                "Domestic abuse", "Firearms", "Investigation", "Leadership", "Missing people", "Neighbourhood policing",
                "Professional standards", "Public order", "Stop and search", "Use of force", "Vetting", "Victim care");
        List<CountRow> rows = new ArrayList<>();
        for (int i = 0; i < FORCES_OF_ENGLAND_AND_WALES.size(); i++) {
            Integer[] counts = new Integer[themes.size()];
            for (int t = 0; t < counts.length; t++) {
                counts[t] = (i * 31 + t * 17) % 60;
            }
            rows.add(CountRow.of(FORCES_OF_ENGLAND_AND_WALES.get(i), counts));
        }
        return new ThemesByForce(themes, rows);
    }

    /** An action plan of 40 actions: some done, some moved, some overdue. */
    static ActionPlanTimeline largePlan() {
        LocalDate start = LocalDate.of(2025, 9, 1);
        List<ActionPlanTimeline.PlannedAction> actions = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            LocalDate begins = start.plusDays(i * 9L);
            LocalDate originalDue = begins.plusDays(60 + (i * 23) % 200);
            LocalDate due = i % 3 == 0 ? originalDue.plusDays(45) : originalDue;
            actions.add(new ActionPlanTimeline.PlannedAction("Action " + (i + 1) + ": review custody records", begins, due,
                    originalDue, i % 4 == 1));
        }
        return new ActionPlanTimeline("Custody improvement plan", LocalDate.of(2026, 11, 23), actions);
    }
}
