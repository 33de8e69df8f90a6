package org.oversight.publication.ui;

import java.time.LocalDate;
import java.util.Optional;
import org.oversight.base.Formats;
import org.oversight.publication.StaffView.Decision;

/** How a decision reads to staff: public or not, since when, decided by whom. */
final class PublishingWords {

    private PublishingWords() {
    }

    static String state(Optional<Decision> decision, LocalDate today) {
        if (decision.isEmpty()) {
            return "Not published";
        }
        Decision d = decision.get();
        String who = " (" + d.decidedBy() + ", " + Formats.dateTime(d.decidedAt()) + ")";
        if (d.published()) {
            return "Published" + who;
        }
        if (d.withheldUntil() == null) {
            return "Withheld until you publish it" + (d.ground() == null ? "" : ": " + d.ground().label()) + who;
        }
        return (d.publicOn(today) ? "Public since " : "Withheld until ") + Formats.longDate(d.withheldUntil()) + who;
    }

    /** An item withheld on its own: on what ground, by whom, and until when. */
    static String itemWithheld(Decision d) {
        return "withheld (" + d.ground().label() + ", " + d.decidedBy() + ")"
                + (d.withheldUntil() == null ? "" : " until " + Formats.longDate(d.withheldUntil()));
    }
}
