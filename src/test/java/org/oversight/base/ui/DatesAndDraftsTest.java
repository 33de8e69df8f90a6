package org.oversight.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.oversight.base.Formats;

/** Every date picker is set up in one place; a kept draft comes back into its field, marked as not saved. */
class DatesAndDraftsTest {

    @Test
    void aPickerIsUkMondayFirstWithAHintAndMessagesThatNameTheField() {
        DatePicker due = Dates.picker("Due date");
        LocalDate first = LocalDate.of(2026, 1, 1);
        due.setMin(first);
        Dates.configure(due);

        assertThat(due.getLocale()).isEqualTo(Locale.UK);
        assertThat(due.getI18n().getFirstDayOfWeek()).isEqualTo(1);
        assertThat(due.getI18n().getDateFormats()).startsWith("d/M/yyyy");
        assertThat(due.getHelperText()).isEqualTo("For example, 27/3/2027");
        assertThat(due.getI18n().getBadInputErrorMessage()).isEqualTo("Due date must be a real date, for example 27/3/2027.");
        assertThat(due.getI18n().getMinErrorMessage()).isEqualTo("Due date must be " + Formats.date(first) + " or later.");
    }

    @Test
    void anOptionalFieldIsNamedWithoutItsBracketsAndKeepsItsOwnHelp() {
        DatePicker until = new DatePicker("Valid until (optional)");
        until.setHelperText("When the evidence stops counting.");
        Dates.configure(until);

        assertThat(until.getI18n().getBadInputErrorMessage()).startsWith("Valid until must be a real date");
        assertThat(until.getHelperText()).isEqualTo("When the evidence stops counting.");
    }

    @Test
    void aKeptDraftIsPutBackAndMarkedAsNotSaved() {
        UnsavedChanges unsaved = new UnsavedChanges(new Div());
        TextArea summary = new TextArea("Summary");
        summary.setValue("Saved text.");
        unsaved.watch(summary, "plan-1-summary");

        unsaved.restored(summary, null);
        assertThat(summary.getValue()).isEqualTo("Saved text.");
        assertThat(unsaved.isDirty()).isFalse();

        unsaved.restored(summary, "Typed before the session ended.");
        assertThat(summary.getValue()).isEqualTo("Typed before the session ended.");
        assertThat(summary.getHelperText()).isEqualTo("You typed this earlier and it is not saved yet.");
        assertThat(unsaved.isDirty()).isTrue();
    }
}
