package org.oversight.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.oversight.base.i18n.Language;
import org.oversight.base.i18n.Messages;

/** Spans read as people say them; plurals come from CLDR's rules (decision 0008), not from {@code n == 1}. */
class FormatsTest {

    @Test
    void shortSpansAreDays() {
        assertThat(Formats.daysLeft(0)).isEqualTo("due today");
        assertThat(Formats.daysLeft(1)).isEqualTo("1 day left");
        assertThat(Formats.daysLeft(-1)).isEqualTo("1 day overdue");
        assertThat(Formats.daysLeft(-59)).isEqualTo("59 days overdue");
    }

    @Test
    void longSpansAreWordsNotThousandsOfDays() {
        // 28 Sept 2021 to 1 Dec 2026 is 1890 days: 5 years, 2 months and some days
        assertThat(Formats.daysLeft(-1890)).isEqualTo("over 5 years overdue");
        assertThat(Formats.daysLeft(-365)).isEqualTo("1 year overdue");
        // 100 days from 1 Jan of a common year is 11 Apr: 3 months and 10 days
        assertThat(Formats.daysLeft(100)).isEqualTo("over 3 months left");
        assertThat(Formats.span(400)).isEqualTo("over 1 year");
    }

    @Test
    void pluralsFollowTheLanguagesRules() {
        assertThat(Messages.t(Language.ENGLISH, "base.days", 1)).isEqualTo("1 day");
        assertThat(Messages.t(Language.ENGLISH, "base.days", 2)).isEqualTo("2 days");
        assertThat(Messages.t(Language.ENGLISH, "base.days", 1204)).isEqualTo("1,204 days");
        // Welsh has six forms; "two" mutates (2 ddiwrnod) where "few" (3) and "many" (6) do not
        assertThat(Messages.t(Language.WELSH, "base.days", 2)).isEqualTo("2 ddiwrnod");
        assertThat(Messages.t(Language.WELSH, "base.days", 3)).isEqualTo("3 diwrnod");
        assertThat(Messages.t(Language.WELSH, "base.years", 1)).isEqualTo("1 flwyddyn");
        assertThat(Messages.t(Language.WELSH, "base.years", 2)).isEqualTo("2 flynedd");
    }

    @Test
    void welshReadersGetWelshSpansAndMonths() {
        assertThat(Language.WELSH.speak(() -> Formats.daysLeft(-2))).isEqualTo("2 ddiwrnod yn hwyr");
        assertThat(Language.WELSH.speak(() -> Formats.daysLeft(0))).isEqualTo("yn ddyledus heddiw");
        assertThat(Language.WELSH.speak(() -> Formats.span(400))).isEqualTo("dros 1 flwyddyn");
        assertThat(Language.WELSH.speak(() -> Formats.longDate(java.time.LocalDate.of(2026, 12, 1))))
                .isEqualTo("1 Rhagfyr 2026");
        assertThat(Formats.longDate(java.time.LocalDate.of(2026, 12, 1))).isEqualTo("1 December 2026");
    }

    @Test
    void sharesAreWholePercentagesThatNeverPassForNoneOrAll() {
        assertThat(Formats.percent(0)).isEqualTo("0%");
        assertThat(Formats.percent(0.375)).isEqualTo("38%");
        assertThat(Formats.percent(1)).isEqualTo("100%");
        // 1 reopened of 400 closed is not "0%", and 399 of 400 on time is not "100%"
        assertThat(Formats.percent(1 / 400.0)).isEqualTo("<1%");
        assertThat(Formats.percent(399 / 400.0)).isEqualTo(">99%");
    }
}
