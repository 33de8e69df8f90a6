package org.oversight.actionplan;

import java.time.LocalDate;
import org.oversight.recommendation.KindLabels;
import org.oversight.recommendation.Status;

/** A report's recommendation as addressed to the plan's organisation (one tracked item). */
public record PlanItem(long trackedId, String number, String text, Status status, LocalDate dueOn, int version) {

    /** "Recommendation 3", "Cause of concern 1", "Area for improvement 2": how an item reads to people. */
    public String reference() {
        return KindLabels.reference(number);
    }

    /** The reference and the start of the text, for pickers and chips. */
    public String label() {
        String shortText = text.length() > 90 ? text.substring(0, 87).strip() + "…" : text;
        return reference() + ": " + shortText;
    }
}
