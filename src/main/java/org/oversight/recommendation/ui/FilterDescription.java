package org.oversight.recommendation.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.oversight.base.Plurals;
import org.oversight.base.Formats;
import org.oversight.recommendation.RecommendationKind;
import org.oversight.recommendation.KindLabels;
import org.oversight.recommendation.RegisterFilter;

/**
 * Says in words what a filter selects, so that counts and empty states name it: "12 overdue recommendations for
 * Surrey Police", "No high-priority areas for improvement from HMICFRS due within 30 days".
 */
final class FilterDescription {

    private FilterDescription() {
    }

    /**
     * @param names organisation and theme names by code, for the codes in the filter
     */
    static String count(int n, RegisterFilter f, Map<String, String> names) {
        return sentence(n == 0 ? "No" : String.valueOf(n), noun(f.kind(), n == 1), f, names);
    }

    private static String sentence(String lead, String noun, RegisterFilter f, Map<String, String> names) {
        List<String> words = new ArrayList<>();
        words.add(lead);
        if (f.overdue() && f.dueWithin() == null) {
            words.add("overdue");
        }
        if (f.priority() != null) {
            words.add(f.priority().label().toLowerCase(Locale.UK) + "-priority");
        }
        words.add(noun);
        if (f.force() != null) {
            words.add("for " + names.getOrDefault(f.force(), f.force()));
        }
        if (f.watchdog() != null) {
            words.add("from " + names.getOrDefault(f.watchdog(), f.watchdog()));
        }
        if (f.theme() != null) {
            words.add("on " + names.getOrDefault(f.theme(), f.theme()).toLowerCase(Locale.UK));
        }
        if (!f.statuses().isEmpty()) {
            words.add("with status " + f.statuses().stream().sorted().map(s -> s.label().toLowerCase(Locale.UK))
                    .collect(Collectors.joining(" or ")));
        }
        if (f.dueWithin() != null) {
            String within = "due within " + Plurals.of(f.dueWithin(), "day", "days");
            words.add(f.overdue() ? "overdue or " + within : within);
        }
        if (f.publishedFrom() != null && f.publishedTo() != null) {
            words.add("published between " + Formats.date(f.publishedFrom()) + " and " + Formats.date(f.publishedTo()));
        } else if (f.publishedFrom() != null) {
            words.add("published since " + Formats.date(f.publishedFrom()));
        } else if (f.publishedTo() != null) {
            words.add("published up to " + Formats.date(f.publishedTo()));
        }
        if (f.q() != null) {
            words.add("matching “" + f.q() + "”");
        }
        return String.join(" ", words);
    }

    private static String noun(RecommendationKind kind, boolean singular) {
        if (kind == null) {
            return singular ? "recommendation" : "recommendations";
        }
        String label = KindLabels.of(kind).toLowerCase(Locale.UK);
        if (singular) {
            return label;
        }
        // "cause of concern" → "causes of concern": the plural goes on the head noun
        return switch (kind) {
            case CAUSE_OF_CONCERN -> "causes of concern";
            case AREA_FOR_IMPROVEMENT -> "areas for improvement";
            case RECOMMENDATION, LEARNING_RECOMMENDATION -> label + "s";
        };
    }
}
