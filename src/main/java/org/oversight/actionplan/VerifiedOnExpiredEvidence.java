package org.oversight.actionplan;

import java.time.LocalDate;
import org.oversight.base.i18n.Messages;

/**
 * A recommendation verified as implemented whose evidence has since expired: the watchdog may want it renewed.
 *
 * @param expiredOn the earliest expiry date among its expired evidence
 */
public record VerifiedOnExpiredEvidence(long trackedId, String reportReference, String number, String organisationName,
                                        LocalDate expiredOn) {

    public String reference() {
        return number.chars().allMatch(Character::isDigit) ? Messages.t("actionplan.recommendation-number", number) : number;
    }
}
