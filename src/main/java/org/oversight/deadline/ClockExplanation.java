package org.oversight.deadline;

import org.oversight.base.i18n.Messages;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.oversight.base.Formats;
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
                parts.add(Messages.t(spec.rule() == ClockRule.ACTION_TARGET ? "deadline.explain.moved"
                        : "deadline.explain.extended", day(e.newDueOn()), Formats.date(e.receivedOn())));
            }
        }
        if (spec.isMet()) {
            long late = ChronoUnit.DAYS.between(timeline.dueOn(), spec.metOn());
            parts.add(late > 0 ? Messages.t("deadline.explain.met-late", Formats.date(spec.metOn()), Formats.span(late))
                    : Messages.t("deadline.explain.met-on-time", Formats.date(spec.metOn())));
        }
        return List.copyOf(parts);
    }

    private String start(ClockSpec spec) {
        String from = Formats.date(spec.startsOn());
        return switch (spec.rule()) {
            case HMICFRS_ACTION_PLAN -> Messages.t("deadline.explain.published-plus", from,
                    Messages.t("deadline.explain.weeks", properties.hmicfrsPlanWeeks()));
            case PCC_RESPONSE -> Messages.t("deadline.explain.published-plus", from, days(properties.pccResponseDays(), false));
            case IOPC_LEARNING_RESPONSE -> Messages.t("deadline.explain.made", from, days(properties.iopcResponseDays(), false));
            case IOPC_PUBLICATION -> Messages.t("deadline.explain.response-received", from,
                    days(properties.iopcPublicationDays(), false));
            case INQUIRY_RESPONSE -> Messages.t("deadline.explain.published-plus", from,
                    Messages.t("base.months", properties.inquiryResponseMonths()));
            case ACTION_TARGET -> Messages.t("deadline.explain.action-target");
            case OUTCOME_REASSESSMENT -> Messages.t("deadline.explain.verified", from,
                    Messages.t("base.months", ClockRule.REASSESSMENT_MONTHS));
            case RESPONSE_PERIOD -> Messages.t("deadline.explain.published-plus", from,
                    days(properties.responsePeriodDays(), engine.countsWorkingDays(spec.rule())));
        };
    }

    private String pause(ClockSpec spec, ClockTimeline.Step step, boolean workingDayRule, LocalDate today) {
        ClockTimeline.Span span = step.pause();
        LocalDate to = span.toInclusive();
        boolean running = !spec.isMet() && spec.pauses().stream().anyMatch(p -> p.isRunning()
                && !p.from().isAfter(to) && !today.isBefore(p.from())) && !to.isBefore(today);
        long days = workingDayRule ? workingDays.countWorkingDays(span.from(), to)
                : ChronoUnit.DAYS.between(span.from(), to) + 1;
        String amount = days(days, workingDayRule);
        String why = reasons(spec, span);
        if (running) {
            return Messages.t("deadline.explain.paused-running", why, Formats.date(span.from()), amount, day(step.dueAfter()));
        }
        return Messages.t("deadline.explain.paused", amount, why, range(span.from(), to), day(step.dueAfter()));
    }

    /** "28 days", "10 working days", in the reader's language with its plural forms. */
    private static String days(long n, boolean working) {
        return Messages.t(working ? "deadline.explain.working-days" : "base.days", n);
    }

    /** " for judicial review": the reasons of the pauses that make up a counted span, first letter lowered. */
    private static String reasons(ClockSpec spec, ClockTimeline.Span span) {
        List<String> reasons = spec.pauses().stream()
                .filter(p -> !p.from().isAfter(span.toInclusive())
                        && (p.toInclusive() == null || !p.toInclusive().isBefore(span.from())))
                .map(p -> lowerFirst(firstClause(p.reason().strip())))
                .distinct().toList();
        if (reasons.isEmpty()) {
            return "";
        }
        String joined = reasons.getFirst();
        for (int i = 1; i < reasons.size(); i++) {
            joined = Messages.t("deadline.explain.and", joined, reasons.get(i));
        }
        return Messages.t("deadline.explain.for", joined);
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
        return workingDays.bankHolidayName(date).map(name -> Messages.t("deadline.explain.bank-holiday", Formats.date(date), name))
                .orElse(Formats.date(date));
    }
}
