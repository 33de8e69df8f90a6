package org.oversight.recommendation;

import org.oversight.base.i18n.Messages;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.oversight.base.DateWindow;

/**
 * What the register is filtered by, and its form as URL query parameters so that a filtered register can be
 * bookmarked and linked from the dashboard and e-mails (docs/register-links.md lists the parameters).
 * Organisations and themes are given by code, statuses, kinds and priorities by enum name.
 *
 * @param overdue   only items whose current deadline has passed
 * @param dueWithin only items due within this many days from today; with {@code overdue} as well, either
 */
public record RegisterFilter(String watchdog, String force, Set<Status> statuses, RecommendationKind kind, String theme,
                             Priority priority, boolean overdue, Integer dueWithin, LocalDate publishedFrom,
                             LocalDate publishedTo, String q) {

    public static final String WATCHDOG = "watchdog";
    public static final String FORCE = "force";
    public static final String STATUS = "status";
    public static final String KIND = "kind";
    public static final String THEME = "theme";
    public static final String PRIORITY = "priority";
    public static final String OVERDUE = "overdue";
    public static final String DUE_WITHIN = "dueWithin";
    public static final String PUBLISHED_FROM = "publishedFrom";
    public static final String PUBLISHED_TO = "publishedTo";
    public static final String Q = "q";

    /** Longest due-within period accepted from a link: ten years is already more than any clock runs. */
    static final int MAX_DUE_WITHIN = 3660;

    public static final RegisterFilter NONE = new RegisterFilter(null, null, Set.of(), null, null, null, false, null, null, null, null);

    public RegisterFilter {
        watchdog = code(watchdog);
        force = code(force);
        theme = code(theme);
        statuses = statuses == null || statuses.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(statuses));
        q = q == null || q.isBlank() ? null : q.strip();
        dueWithin = dueWithin == null || dueWithin < 0 ? null : Math.min(dueWithin, MAX_DUE_WITHIN);
    }

    public boolean isEmpty() {
        return equals(NONE);
    }

    /**
     * Reads the filter from query parameters. A value that cannot be understood is left out and reported to
     * {@code problems} in words a person can act on, so a mistyped link still opens the register.
     */
    public static RegisterFilter parse(Map<String, List<String>> params, Consumer<String> problems) {
        return parse(params, DateWindow.standard(Clock.systemDefaultZone()), problems);
    }

    /**
     * As {@link #parse(Map, Consumer)}; a date outside {@code dates} (before 1990, or more than ten years ahead) is
     * not understood either, so that an extreme value never widens the selection.
     */
    public static RegisterFilter parse(Map<String, List<String>> params, DateWindow dates, Consumer<String> problems) {
        return new RegisterFilter(first(params, WATCHDOG), first(params, FORCE), statuses(params, problems),
                enumValue(RecommendationKind.class, first(params, KIND), "kind", problems), first(params, THEME),
                enumValue(Priority.class, first(params, PRIORITY), "priority", problems),
                "true".equalsIgnoreCase(first(params, OVERDUE)), dueWithin(first(params, DUE_WITHIN), problems),
                date(first(params, PUBLISHED_FROM), PUBLISHED_FROM, dates, problems),
                date(first(params, PUBLISHED_TO), PUBLISHED_TO, dates, problems), first(params, Q));
    }

    /**
     * This filter without a watchdog, force or theme code that names none of those given (a mistyped or outdated
     * link): each is left out and reported to {@code problems}, as {@link #parse} does with a value it cannot read.
     * Kept, it would match nothing while the screen's field, which lists only known ones, showed "All"; the API
     * refuses it, as it refuses any value it cannot read.
     *
     * @param known the organisations and themes there are: a link may name a watchdog among its watchdogs, a force
     *              among its recipients (forces and national bodies) and a theme among its themes
     */
    public RegisterFilter withKnownCodes(ReferenceData.Known known, Consumer<String> problems) {
        return new RegisterFilter(
                known(watchdog, known.watchdogs().stream().map(OrganisationRef::code), WATCHDOG, problems),
                known(force, known.recipients().stream().map(OrganisationRef::code), FORCE, problems), statuses, kind,
                known(theme, known.themes().stream().map(ThemeRef::code), THEME, problems), priority, overdue,
                dueWithin, publishedFrom, publishedTo, q);
    }

    /** Whether the filter names a watchdog, force or theme by code (which {@link #withKnownCodes} would check). */
    public boolean namesCodes() {
        return watchdog != null || force != null || theme != null;
    }

    private static String known(String code, Stream<String> codes, String what, Consumer<String> problems) {
        if (code == null || codes.anyMatch(code::equals)) {
            return code;
        }
        problems.accept(Messages.t("recommendation.link.unknown", what, code));
        return null;
    }

    /** The parameters in a stable order; statuses are written comma-separated. Empty filters write nothing. */
    public Map<String, List<String>> toParameters() {
        Map<String, List<String>> p = new LinkedHashMap<>();
        put(p, WATCHDOG, watchdog);
        put(p, FORCE, force);
        if (!statuses.isEmpty()) {
            put(p, STATUS, statuses.stream().sorted().map(Status::name).collect(Collectors.joining(",")));
        }
        put(p, KIND, kind == null ? null : kind.name());
        put(p, THEME, theme);
        put(p, PRIORITY, priority == null ? null : priority.name());
        put(p, OVERDUE, overdue ? "true" : null);
        put(p, DUE_WITHIN, dueWithin == null ? null : dueWithin.toString());
        put(p, PUBLISHED_FROM, publishedFrom == null ? null : publishedFrom.toString());
        put(p, PUBLISHED_TO, publishedTo == null ? null : publishedTo.toString());
        put(p, Q, q);
        return p;
    }

    private static void put(Map<String, List<String>> p, String name, String value) {
        if (value != null) {
            p.put(name, List.of(value));
        }
    }

    private static String code(String value) {
        return value == null || value.isBlank() ? null : value.strip().toUpperCase(Locale.ROOT);
    }

    private static String first(Map<String, List<String>> params, String name) {
        List<String> values = params.get(name);
        return values == null || values.isEmpty() || values.getFirst().isBlank() ? null : values.getFirst().strip();
    }

    /** Accepts repeated parameters (status=A&status=B) and comma-separated lists (status=A,B) alike. */
    private static Set<Status> statuses(Map<String, List<String>> params, Consumer<String> problems) {
        Set<Status> result = EnumSet.noneOf(Status.class);
        params.getOrDefault(STATUS, List.of()).stream()
                .flatMap(v -> Arrays.stream(v.split(",")))
                .map(String::strip).filter(s -> !s.isEmpty())
                .forEach(s -> {
                    Status status = enumValue(Status.class, s, "status", problems);
                    if (status != null) {
                        result.add(status);
                    }
                });
        return result;
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String value, String what, Consumer<String> problems) {
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.accept(Messages.t("recommendation.link.unknown", what, value));
            return null;
        }
    }

    private static Integer dueWithin(String value, Consumer<String> problems) {
        if (value == null) {
            return null;
        }
        try {
            int days = Integer.parseInt(value);
            if (days >= 0) {
                return days;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.accept(Messages.t("recommendation.link.not-days", value));
        return null;
    }

    private static LocalDate date(String value, String what, DateWindow dates, Consumer<String> problems) {
        if (value == null) {
            return null;
        }
        return dates.parse(value).orElseGet(() -> {
            problems.accept(Messages.t("recommendation.link.not-date", what, shorten(value), dates.sentence()));
            return null;
        });
    }

    private static String shorten(String value) {
        return value.length() <= 40 ? value : value.substring(0, 39) + "…";
    }
}
