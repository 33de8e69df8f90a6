package org.oversight.publication;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.oversight.base.Text;
import org.oversight.base.i18n.Messages;
import org.oversight.recommendation.RecommendationKind;
import org.oversight.recommendation.Status;

/**
 * The public register's filters, read from a query string. Values that mean nothing (an unknown force, a status
 * that does not exist, a page size of a million) are ignored or capped, each with a notice saying so, never an
 * error page: a link someone shared keeps working as far as it can. Notices are in the reader's language (the
 * public API asks for English).
 */
public record PublicFilter(Optional<String> watchdog, Optional<String> force, Optional<Status> status,
                           Optional<RecommendationKind> kind, Optional<String> theme, Optional<Integer> year,
                           Optional<String> text, int page, int size, List<String> notices) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;
    public static final int MAX_TEXT = 200;

    /** The codes a filter may name; anything else is ignored. */
    public record Known(Set<String> watchdogs, Set<String> forces, Set<String> themes) {
    }

    public static PublicFilter none() {
        return new PublicFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), 1, DEFAULT_SIZE, List.of());
    }

    public static PublicFilter parse(Map<String, String> raw, Known known) {
        List<String> notices = new ArrayList<>();
        Optional<String> watchdog = code(raw.get("watchdog"), known.watchdogs(), "publication.filter.unknown-watchdog", notices);
        Optional<String> force = code(raw.get("force"), known.forces(), "publication.filter.unknown-force", notices);
        Optional<String> theme = code(raw.get("theme"), known.themes(), "publication.filter.unknown-theme", notices);
        Optional<Status> status = constant(raw.get("status"), Status.class, "publication.filter.unknown-status", notices);
        Optional<RecommendationKind> kind = constant(raw.get("kind"), RecommendationKind.class, "publication.filter.unknown-kind", notices);
        Optional<Integer> year = Optional.empty();
        String y = value(raw.get("year"));
        if (!y.isEmpty()) {
            Integer parsed = number(y);
            if (parsed == null || parsed < 1990 || parsed > 2100) {
                notices.add(Messages.t("publication.filter.bad-year", shorten(y)));
            } else {
                year = Optional.of(parsed);
            }
        }
        Optional<String> text = Optional.empty();
        String t = value(raw.get("q"));
        if (!t.isEmpty()) {
            if (t.length() > MAX_TEXT) {
                notices.add(Messages.t("publication.filter.long-text", MAX_TEXT));
                t = t.substring(0, Character.isHighSurrogate(t.charAt(MAX_TEXT - 1)) ? MAX_TEXT - 1 : MAX_TEXT);
            }
            text = Optional.of(t);
        }
        int page = 1;
        String p = value(raw.get("page"));
        if (!p.isEmpty()) {
            Integer parsed = number(p);
            if (parsed == null || parsed < 1) {
                notices.add(Messages.t("publication.filter.bad-page", shorten(p)));
            } else {
                page = parsed;
            }
        }
        int size = DEFAULT_SIZE;
        String s = value(raw.get("size"));
        if (!s.isEmpty()) {
            Integer parsed = number(s);
            if (parsed == null || parsed < 1) {
                notices.add(Messages.t("publication.filter.bad-size", shorten(s), DEFAULT_SIZE));
            } else if (parsed > MAX_SIZE) {
                notices.add(Messages.t("publication.filter.max-size", MAX_SIZE));
                size = MAX_SIZE;
            } else {
                size = parsed;
            }
        }
        return new PublicFilter(watchdog, force, status, kind, theme, year, text, page, size, List.copyOf(notices));
    }

    /** The filter as query parameters (without the page), for links that keep it. */
    public Map<String, String> parameters() {
        Map<String, String> m = new LinkedHashMap<>();
        watchdog.ifPresent(v -> m.put("watchdog", v));
        force.ifPresent(v -> m.put("force", v));
        status.ifPresent(v -> m.put("status", v.name()));
        kind.ifPresent(v -> m.put("kind", v.name()));
        theme.ifPresent(v -> m.put("theme", v));
        year.ifPresent(v -> m.put("year", v.toString()));
        text.ifPresent(v -> m.put("q", v));
        if (size != DEFAULT_SIZE) {
            m.put("size", Integer.toString(size));
        }
        return m;
    }

    public PublicFilter withPage(int newPage) {
        return new PublicFilter(watchdog, force, status, kind, theme, year, text, newPage, size, notices);
    }

    public boolean isEmpty() {
        return parameters().isEmpty();
    }

    private static Optional<String> code(String raw, Set<String> known, String unknownKey, List<String> notices) {
        String v = value(raw).toUpperCase(Locale.ROOT);
        if (v.isEmpty()) {
            return Optional.empty();
        }
        if (!known.contains(v)) {
            notices.add(Messages.t(unknownKey, shorten(raw)));
            return Optional.empty();
        }
        return Optional.of(v);
    }

    private static <E extends Enum<E>> Optional<E> constant(String raw, Class<E> type, String unknownKey,
            List<String> notices) {
        String v = value(raw).toUpperCase(Locale.ROOT).replace('-', '_');
        if (v.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Enum.valueOf(type, v));
        } catch (IllegalArgumentException e) {
            notices.add(Messages.t(unknownKey, shorten(raw)));
            return Optional.empty();
        }
    }

    private static String value(String raw) {
        return raw == null ? "" : Text.clean(raw);
    }

    private static Integer number(String s) {
        if (s.length() > 9 || !s.chars().allMatch(Character::isDigit)) {
            return null;
        }
        return Integer.parseInt(s);
    }

    private static String shorten(String s) {
        String clean = Text.clean(s);
        return clean.length() > 40 ? clean.substring(0, 40) + "…" : clean;
    }
}
