package org.oversight.base.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A Welsh count takes the noun's form for its number (docs/welsh-glossary.md, "Counts"): "o fewn 2 ddiwrnod", never
 * "o fewn 2 diwrnod"; so no Welsh text puts a bare number argument before a noun, and the plural forms say it right.
 */
class WelshCountsAreMutatedTest {

    /** "o fewn {2} diwrnod", "{0} diwrnod": a number written straight before a counted noun, with no plural forms. */
    private static final Pattern BARE_COUNT = Pattern.compile(
            "\\{\\d+\\} (diwrnod|ddiwrnod|mis|fis|blynedd|mlynedd|flynedd|wythnos|munud|funud|awr|cam|gam|cham)\\b");

    @Test
    void noWelshTextCountsWithABareNumber() {
        Map<String, String> welsh = Messages.all(Language.WELSH);
        assertThat(welsh.entrySet()).filteredOn(e -> BARE_COUNT.matcher(e.getValue()).find())
                .extracting(Map.Entry::getKey).isEmpty();
    }

    @Test
    void twoDaysAreMutatedAfterOFewn() {
        assertThat(Messages.t(Language.WELSH, "notification.inbox.deadlines", 1, 4, 2))
                .isEqualTo("Eich terfynau amser: 1 yn hwyr, 4 yn ddyledus o fewn 2 ddiwrnod");
        assertThat(Messages.t(Language.WELSH, "notification.inbox.deadlines", 1, 4, 14))
                .endsWith("o fewn 14 diwrnod");
        assertThat(Messages.t(Language.WELSH, "notification.deadlines.filter.due-soon", 2, 5))
                .isEqualTo("Yn ddyledus o fewn 2 ddiwrnod (5)");
        assertThat(Messages.t(Language.WELSH, "notification.digest.due-soon", 2, 3)).startsWith("Yn ddyledus o fewn 2 ddiwrnod: ");
        assertThat(Messages.t(Language.WELSH, "dashboard.tile.due-soon", 2)).isEqualTo("Yn ddyledus o fewn 2 ddiwrnod");
        assertThat(Messages.t(Language.ENGLISH, "notification.inbox.deadlines", 1, 4, 14))
                .as("English as it read").isEqualTo("Your deadlines: 1 overdue, 4 due within 14 days");
        assertThat(Messages.t(Language.ENGLISH, "notification.deadlines.filter.due-soon", 1, 5))
                .isEqualTo("Due within 1 day (5)");
    }

    @Test
    void aClockRuleAndAnEscalationCountTheirDaysInWelsh() {
        assertThat(Messages.t(Language.WELSH, "deadline.rule.response-period", 2)).isEqualTo("Ymateb (2 ddiwrnod ar ôl cyhoeddi)");
        assertThat(Messages.t(Language.WELSH, "deadline.rule.inquiry-response", 2))
                .isEqualTo("Ymateb i'r ymchwiliad (2 fis ar ôl cyhoeddi)");
        assertThat(Messages.t(Language.WELSH, "deadline.rule.pcc-response", 56)).startsWith(
                "Ymateb cyhoeddedig y comisiynydd heddlu a throseddu (56 diwrnod ar ôl cyhoeddi");
        assertThat(Messages.t(Language.WELSH, "notification.escalation.intro", "Heddlu Gwent", 2))
                .contains("ers mwy na 2 ddiwrnod");
        assertThat(Messages.t(Language.ENGLISH, "deadline.rule.response-period", 56))
                .as("English as it read").isEqualTo("Response (56 days after publication)");
    }

    @Test
    void fourYearsAreNotMutatedButFiveAre() {
        assertThat(Messages.t(Language.WELSH, "base.years", 2)).isEqualTo("2 flynedd");
        assertThat(Messages.t(Language.WELSH, "base.years", 4)).isEqualTo("4 blynedd");
        assertThat(Messages.t(Language.WELSH, "base.years", 5)).isEqualTo("5 mlynedd");
    }
}
