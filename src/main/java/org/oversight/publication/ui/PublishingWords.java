package org.oversight.publication.ui;

import java.time.LocalDate;
import java.util.Optional;
import org.oversight.base.Formats;
import org.oversight.base.i18n.Messages;
import org.oversight.publication.StaffView.Decision;

/** How a decision reads to staff, in their language: public or not, since when, decided by whom. */
final class PublishingWords {

    private static final String STATE = "publication.staff.state.";

    private PublishingWords() {
    }

    static String state(Optional<Decision> decision, LocalDate today) {
        if (decision.isEmpty()) {
            return Messages.t("publication.staff.state.not-published");
        }
        Decision d = decision.get();
        String by = d.decidedBy();
        String at = Formats.dateTime(d.decidedAt());
        if (d.published()) {
            return Messages.t("publication.staff.state.published-by", by, at);
        }
        if (d.withheldUntil() == null) {
            return d.ground() == null ? Messages.t("publication.staff.state.withheld", by, at)
                    : Messages.t("publication.staff.state.withheld-ground", by, at, d.ground().label());
        }
        return Messages.t(STATE + (d.publicOn(today) ? "public-since" : "withheld-until"), by, at,
                Formats.longDate(d.withheldUntil()));
    }

    /** An item withheld on its own: on what ground, by whom, and until when. */
    static String itemWithheld(Decision d) {
        return d.withheldUntil() == null
                ? Messages.t("publication.staff.item.withheld", d.ground().label(), d.decidedBy())
                : Messages.t("publication.staff.item.withheld-until", d.ground().label(), d.decidedBy(),
                        Formats.longDate(d.withheldUntil()));
    }
}
