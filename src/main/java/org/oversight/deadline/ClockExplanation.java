package org.oversight.deadline;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.oversight.base.Formats;
import org.oversight.base.Plurals;
import org.springframework.stereotype.Component;

/**
 * A due date that explains itself: one plain sentence per clock with its arithmetic, its pauses, its extensions
 * and any bank holiday named, e.g. "Published 20 Nov 2026, plus 6 weeks: 1 Jan 2027 (New Year's Day, a bank
 * holiday); +10 days paused for judicial review, 1–10 Dec 2026: 11 Jan 2027; extended to 25 Feb 2027 on an
 * application received 1 Dec 2026."
 * <p>
 * The arithmetic is not done again here: the steps come from the same replay {@link ClockEngine} evaluates, so the
 * sentence always ends on the date every screen shows. Shown on the item page, the clock page, My work's row
 * detail and in reminder e-mails ({@link ClockDetails#explanation()}); mail templates call {@link #explain}.
 */
@Component
public class ClockExplanation {

    private final ClockEngine engine;
    private final DeadlineProperties properties;
    private final WorkingDays workingDays;

    public ClockExplanation(ClockEngine engine, DeadlineProperties properties, WorkingDays workingDays) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.properties = Objects.requireNonNull(properties, "properties");
        this.workingDays = Objects.requireNonNull(workingDays, "workingDays");
    }

    /**
     * The clock's sentence as of {@code today}: how its due date was worked out, each pause and extension in the
     * order they moved it, and, once met, when and whether on time.
     */
    public String explain(ClockSpec spec, LocalDate today) {
        return String.join("; ", steps(spec, today)) + ".";
    }

    /** The parts of {@link #explain}, one per step, for a list rather than a sentence. */
    public List<String> steps(ClockSpec spec, LocalDate today) {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(today, "today");
        List<String> parts = new ArrayList<>();
        LocalDate original = engine.originalDueOn(spec);
        parts.add(start(spec) + ": " + day(original));
        ClockTimeline.Result timeline = engine.timeline(spec, today);
        boolean workingDayRule = engine.countsWorkingDays(spec.rule());
        for (ClockTimeline.Step step : timeline.steps()) {
            if (step.pause() != null) {
                parts.add(pause(spec, step, workingDayRule, today));
            } else {
                Extension e = step.extension();
                parts.add((spec.rule() == ClockRule.ACTION_TARGET
                        ? "moved to " + day(e.newDueOn()) + " on a request received "
                        : "extended to " + day(e.newDueOn()) + " on an application received ")
                        + Formats.date(e.receivedOn()));
            }
        }
        if (spec.isMet()) {
            long late = ChronoUnit.DAYS.between(timeline.dueOn(), spec.metOn());
            parts.add("met on " + Formats.date(spec.metOn())
                    + (late > 0 ? ", " + Formats.span(late) + " late" : ", on time"));
        }
        return List.copyOf(parts);
    }

    private String start(ClockSpec spec) {
        String from = Formats.date(spec.startsOn());
        return switch (spec.rule()) {
            case HMICFRS_ACTION_PLAN -> "Published " + from + ", plus "
                    + Plurals.of(properties.hmicfrsPlanWeeks(), "week", "weeks");
            case PCC_RESPONSE -> "Published " + from + ", plus " + Plurals.of(properties.pccResponseDays(), "day", "days");
            case IOPC_LEARNING_RESPONSE -> "Made " + from + ", " + Plurals.of(properties.iopcResponseDays(), "day", "days")
                    + " beginning with that day";
            case IOPC_PUBLICATION -> "Response received " + from + ", plus "
                    + Plurals.of(properties.iopcPublicationDays(), "day", "days");
            case INQUIRY_RESPONSE -> "Published " + from + ", plus "
                    + Plurals.of(properties.inquiryResponseMonths(), "month", "months");
            case ACTION_TARGET -> "Target agreed in the action plan";
            case OUTCOME_REASSESSMENT -> "Verified or last assessed " + from + ", plus "
                    + Plurals.of(ClockRule.REASSESSMENT_MONTHS, "month", "months");
            case RESPONSE_PERIOD -> "Published " + from + ", plus " + (engine.countsWorkingDays(spec.rule())
                    ? Plurals.of(properties.responsePeriodDays(), "working day", "working days")
                    : Plurals.of(properties.responsePeriodDays(), "day", "days"));
        };
    }

    private String pause(ClockSpec spec, ClockTimeline.Step step, boolean workingDayRule, LocalDate today) {
        ClockTimeline.Span span = step.pause();
        LocalDate to = span.toInclusive();
        boolean running = !spec.isMet() && spec.pauses().stream().anyMatch(p -> p.isRunning()
                && !p.from().isAfter(to) && !today.isBefore(p.from())) && !to.isBefore(today);
        long days = workingDayRule ? workingDays.countWorkingDays(span.from(), to)
                : ChronoUnit.DAYS.between(span.from(), to) + 1;
        String amount = workingDayRule ? Plurals.of(days, "working day", "working days") : Plurals.of(days, "day", "days");
        String why = reasons(spec, span);
        if (running) {
            return "paused" + why + " since " + Formats.date(span.from()) + " (" + amount
                    + " so far, a day later for each further day): no earlier than " + day(step.dueAfter());
        }
        return "+" + amount + " paused" + why + ", " + range(span.from(), to) + ": " + day(step.dueAfter());
    }

    /** " for judicial review": the reasons of the pauses that make up a counted span, first letter lowered. */
    private static String reasons(ClockSpec spec, ClockTimeline.Span span) {
        List<String> reasons = spec.pauses().stream()
                .filter(p -> !p.from().isAfter(span.toInclusive())
                        && (p.toInclusive() == null || !p.toInclusive().isBefore(span.from())))
                .map(p -> lowerFirst(firstClause(p.reason().strip())))
                .distinct().toList();
        return reasons.isEmpty() ? "" : " for " + String.join(" and ", reasons);
    }

    /** A long reason is cut to its first clause: the clock page lists every reason in full. */
    static String firstClause(String reason) {
        if (reason.length() <= 60) {
            return reason;
        }
        int end = reason.length();
        for (char c : new char[] {':', '.', ';', '('}) {
            int i = reason.indexOf(c);
            if (i > 0 && i < end) {
                end = i;
            }
        }
        return reason.substring(0, end).strip();
    }

    private static String lowerFirst(String s) {
        if (s.length() > 1 && Character.isUpperCase(s.charAt(0)) && Character.isLowerCase(s.charAt(1))) {
            return s.substring(0, 1).toLowerCase(Locale.UK) + s.substring(1);
        }
        return s;
    }

    /** "1–10 Dec 2026", "28 Nov – 3 Dec 2026", "30 Dec 2026 – 2 Jan 2027", or one day. */
    static String range(LocalDate from, LocalDate to) {
        if (from.equals(to)) {
            return Formats.date(from);
        }
        if (from.getYear() != to.getYear()) {
            return Formats.date(from) + " – " + Formats.date(to);
        }
        if (from.getMonth() != to.getMonth()) {
            String f = Formats.date(from);
            return f.substring(0, f.lastIndexOf(' ')) + " – " + Formats.date(to);
        }
        return from.getDayOfMonth() + "–" + Formats.date(to);
    }

    /** A date, with the bank holiday it falls on named: "1 Jan 2027 (New Year's Day, a bank holiday)". */
    private String day(LocalDate date) {
        return Formats.date(date) + workingDays.bankHolidayName(date).map(name -> " (" + name + ", a bank holiday)")
                .orElse("");
    }
}
