package org.oversight.recommendation;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.oversight.base.i18n.Messages;

/**
 * The words people use for the kinds of report and recommendation (the enums live with the clocks that use them), in
 * the reader's language ({@code recommendation.kind.*}, {@code recommendation.report-kind.*}).
 */
public final class KindLabels {

    private static final String KIND = "recommendation.kind.";
    private static final String REPORT_KIND = "recommendation.report-kind.";
    private static final String REFERENCE = "recommendation.reference.";

    private KindLabels() {
    }

    public static String of(RecommendationKind kind) {
        return Messages.t(KIND + key(kind));
    }

    /**
     * How an item's number reads to people: "Recommendation 3" for "3", "Area for improvement 2" for "AFI 2",
     * "Cause of concern 1" for "CoC 1"; any other number as the report gives it.
     */
    public static String reference(String number) {
        if (!number.isEmpty() && number.chars().allMatch(Character::isDigit)) {
            return Messages.t(REFERENCE + key(RecommendationKind.RECOMMENDATION), number);
        }
        Matcher m = SHORT_FORM.matcher(number.strip());
        if (m.matches()) {
            RecommendationKind kind = m.group(1).equalsIgnoreCase("AFI") // i18n-ok: the abbreviation in reports' numbers
                    ? RecommendationKind.AREA_FOR_IMPROVEMENT : RecommendationKind.CAUSE_OF_CONCERN;
            return Messages.t(REFERENCE + key(kind), m.group(2));
        }
        return number;
    }

    /** How an item of a kind reads: its kind and number ("Learning recommendation 2"), spelt out. */
    public static String reference(RecommendationKind kind, String number) {
        return !number.isEmpty() && Character.isDigit(number.charAt(0))
                ? Messages.t(REFERENCE + key(kind), number) : reference(number);
    }

    private static final Pattern SHORT_FORM = Pattern.compile("(AFI|CoC)\\s*(\\S+)", Pattern.CASE_INSENSITIVE);

    public static String of(ReportKind kind) {
        return Messages.t(REPORT_KIND + kind.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }

    private static String key(RecommendationKind kind) {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
