package org.oversight.actionplan;

import java.time.OffsetDateTime;
import org.oversight.base.i18n.Messages;

/** An item its recipient reports complete; the watchdog verifies it on the item's page in the register. */
public record ClaimAwaiting(long trackedId, String reportReference, String number, String text, String organisationName,
                            OffsetDateTime claimedAt) {

    public String reference() {
        return number.chars().allMatch(Character::isDigit) ? Messages.t("actionplan.recommendation-number", number) : number;
    }
}
