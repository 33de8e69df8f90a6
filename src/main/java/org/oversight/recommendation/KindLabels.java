package org.oversight.recommendation;


/** The words people use for the kinds of report and recommendation (the enums live with the clocks that use them). */
public final class KindLabels {

    private KindLabels() {
    }

    public static String of(RecommendationKind kind) {
        return switch (kind) {
            case CAUSE_OF_CONCERN -> "Cause of concern";
            case RECOMMENDATION -> "Recommendation";
            case AREA_FOR_IMPROVEMENT -> "Area for improvement";
            case LEARNING_RECOMMENDATION -> "Learning recommendation";
        };
    }

    /**
     * How an item's number reads to people: "Recommendation 3" for "3", "Area for improvement 2" for "AFI 2",
     * "Cause of concern 1" for "CoC 1"; any other number as the report gives it.
     */
    public static String reference(String number) {
        if (!number.isEmpty() && number.chars().allMatch(Character::isDigit)) {
            return "Recommendation " + number;
        }
        java.util.regex.Matcher m = SHORT_FORM.matcher(number.strip());
        if (m.matches()) {
            return (m.group(1).equalsIgnoreCase("AFI") ? "Area for improvement " : "Cause of concern ") + m.group(2);
        }
        return number;
    }

    /** How an item of a kind reads: its kind and number ("Learning recommendation 2"), spelt out. */
    public static String reference(RecommendationKind kind, String number) {
        return !number.isEmpty() && Character.isDigit(number.charAt(0)) ? of(kind) + " " + number : reference(number);
    }

    private static final java.util.regex.Pattern SHORT_FORM =
            java.util.regex.Pattern.compile("(AFI|CoC)\\s*(\\S+)", java.util.regex.Pattern.CASE_INSENSITIVE);

    public static String of(ReportKind kind) {
        return switch (kind) {
            case INSPECTION -> "Inspection";
            case INVESTIGATION -> "Investigation";
            case INQUIRY -> "Inquiry";
            case RESEARCH -> "Research";
        };
    }
}
