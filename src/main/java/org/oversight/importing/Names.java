package org.oversight.importing;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.oversight.base.Text;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Finds a named thing (force, national body, theme) by what a person typed: its name, short name or code, ignoring
 * case and spacing; otherwise offers the nearest names (fewest letters to change).
 */
final class Names<T> {

    private final Map<String, T> byKey;
    private final Function<T, String> name;
    private final List<T> all;

    Names(List<T> all, Function<T, String> name, Function<T, List<String>> keys) {
        this.all = List.copyOf(all);
        this.name = name;
        this.byKey = all.stream().flatMap(t -> keys.apply(t).stream().filter(k -> !Text.isBlank(k))
                        .map(k -> Map.entry(key(k), t)))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a));
    }

    Optional<T> find(String typed) {
        return Optional.ofNullable(byKey.get(key(typed)));
    }

    /** Up to three names nearest to what was typed, nearest first. */
    List<String> nearest(String typed) {
        String k = key(typed);
        return all.stream().map(name)
                .sorted(Comparator.comparingInt((String n) -> distance(k, key(n))).thenComparing(n -> n))
                .limit(3).toList();
    }

    static String key(String s) {
        return s == null ? "" : s.strip().replaceAll("[\\s_]+", " ").toLowerCase(Locale.UK);
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
