package org.oversight.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.datepicker.DatePicker;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.oversight.base.ConcurrentEditException;
import org.oversight.base.DateWindow;
import org.oversight.base.Text;
import org.oversight.base.export.Format;
import org.oversight.base.i18n.Language;
import org.oversight.base.i18n.Messages;

/** A Welsh reader meets the shared pieces in Welsh: date pickers, the error summary, decisions and base's messages. */
class WelshReaderTest {

    @Test
    void aDatePickerSpeaksWelshWithWelshMonthsAndDaysStartingOnMonday() {
        DatePicker due = Language.WELSH.speak(() -> {
            DatePicker p = new DatePicker("Dyddiad dyledus");
            p.setMin(LocalDate.of(2026, 1, 1));
            return Dates.configure(p);
        });
        DatePicker.DatePickerI18n i18n = due.getI18n();
        assertThat(i18n.getMonthNames()).startsWith("Ionawr", "Chwefror").endsWith("Rhagfyr");
        assertThat(i18n.getWeekdays().getFirst()).isEqualTo("Dydd Sul");
        assertThat(i18n.getWeekdays().get(1)).isEqualTo("Dydd Llun");
        assertThat(i18n.getFirstDayOfWeek()).isEqualTo(1);
        assertThat(i18n.getToday()).isEqualTo("Heddiw");
        assertThat(due.getHelperText()).isEqualTo("Er enghraifft, 27/3/2027");
        assertThat(i18n.getBadInputErrorMessage())
                .isEqualTo("Dyddiad dyledus: rhaid iddo fod yn ddyddiad go iawn, er enghraifft 27/3/2027.");
        assertThat(i18n.getMinErrorMessage()).isEqualTo("Dyddiad dyledus: rhaid iddo fod ar 1 Ion 2026 neu'n hwyrach.");
    }

    @Test
    void anEnglishPickerKeepsEnglishNames() {
        DatePicker due = Language.ENGLISH.speak(() -> Dates.picker("Due date"));
        assertThat(due.getI18n().getMonthNames().getFirst()).isEqualTo("January");
        assertThat(due.getI18n().getToday()).isEqualTo("Today");
    }

    @Test
    void theErrorSummaryAndADecisionWithoutAChoiceSayTheProblemInWelsh() {
        ErrorSummary summary = Language.WELSH.speak(ErrorSummary::new);
        assertThat(summary.getElement().getChild(0).getText()).isEqualTo("Mae problem wedi codi");
        assertThat(Language.WELSH.speak(() -> Messages.t("base.decide.choose"))).isEqualTo("Dewiswch eich penderfyniad.");
    }

    @Test
    void rulesMessagesAreWrittenInTheCallersLanguageWithWelshDates() {
        OffsetDateTime at = OffsetDateTime.of(2026, 12, 1, 9, 30, 0, 0, ZoneOffset.UTC);
        String changed = Language.WELSH.speak(() -> new ConcurrentEditException("Y cynllun gweithredu", "Ana Jones", at)
                .getMessage());
        assertThat(changed).startsWith("Y cynllun gweithredu: cafodd ei newid gan Ana Jones am 1 Rhag 2026, 09:30");

        DateWindow window = DateWindow.standard(Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC));
        assertThat(Language.WELSH.speak(() -> window.problem(LocalDate.of(1980, 1, 1), "y dyddiad dyledus")))
                .contains("Y dyddiad dyledus: rhaid iddo fod rhwng 1 Ionawr 1990 a 1 Rhagfyr 2036.");
        assertThat(Language.WELSH.speak(() -> Text.tooLong("y rheswm", 10, "abcdefghijkl")))
                .isEqualTo("Defnyddiwch 10 nod neu lai ar gyfer y rheswm (mae 12 ar hyn o bryd).");
        assertThat(Language.ENGLISH.speak(() -> Text.tooLong("the reason", 4000, "x".repeat(4001))))
                .isEqualTo("Keep the reason to 4000 characters or fewer (it has 4001).");
    }

    @Test
    void anExportSaysItsRowsWithWelshPlurals() {
        String label = Language.WELSH.speak(Format.XLSX::label);
        assertThat(label).isEqualTo("Ffeil Excel (XLSX)");
        assertThat(Messages.t(Language.WELSH, "base.export.ready", "CSV", 2)).isEqualTo("Mae eich ffeil CSV yn barod: 2 res.");
        assertThat(Messages.t(Language.WELSH, "base.export.ready", "CSV", 0))
                .isEqualTo("Mae eich ffeil CSV yn barod: dim rhesi, gyda nodyn yn dweud pam.");
        assertThat(Messages.t(Language.ENGLISH, "base.export.ready", "CSV", 1)).isEqualTo("Your CSV file is ready: 1 row.");
    }
}
