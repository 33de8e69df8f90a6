package org.oversight.base.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import java.util.Locale;
import org.oversight.base.Formats;

/**
 * The one place that sets up every date picker: UK locale, calendars that start on Monday, day/month/year typed and
 * shown ("27/3/2027"), a format hint under the field, and messages that say what is wrong with the date and how to
 * put it right ("Due date must be a real date, for example 27/3/2027").
 */
public final class Dates {

    /** The hint under every date field, GOV.UK style. */
    public static final String HINT = "For example, 27/3/2027";

    private static final int MONDAY = 1;

    private Dates() {
    }

    /** A new picker, set up as every date picker is. */
    public static DatePicker picker(String label) {
        return configure(new DatePicker(label));
    }

    /**
     * Sets up an existing picker (call it again after changing its range, so that the messages name the dates).
     * Keeps a helper text the form gave it; otherwise the hint is the format example.
     */
    public static DatePicker configure(DatePicker picker) {
        picker.setLocale(Locale.UK);
        String name = name(picker.getLabel());
        DatePicker.DatePickerI18n i18n = picker.getI18n() == null ? new DatePicker.DatePickerI18n() : picker.getI18n();
        i18n.setFirstDayOfWeek(MONDAY)
                .setDateFormats("d/M/yyyy", "d/M/yy", "d.M.yyyy", "yyyy-MM-dd")
                .setBadInputErrorMessage(badDate(name))
                .setMinErrorMessage(picker.getMin() == null ? name + " is too early."
                        : name + " must be " + Formats.date(picker.getMin()) + " or later.")
                .setMaxErrorMessage(picker.getMax() == null ? name + " is too late."
                        : name + " must be " + Formats.date(picker.getMax()) + " or earlier.");
        picker.setI18n(i18n);
        if (picker.getHelperText() == null || picker.getHelperText().isEmpty()) {
            picker.setHelperText(HINT);
        }
        return picker;
    }

    /** "Due date must be a real date, for example 27/3/2027": for a date that does not exist or cannot be read. */
    public static String badDate(String name) {
        return name + " must be a real date, for example 27/3/2027.";
    }

    /** The field's name for its messages: its label without "(optional)" and the like. */
    static String name(String label) {
        if (label == null || label.isBlank()) {
            return "Date";
        }
        return label.replaceAll("\\s*\\([^)]*\\)\\s*$", "").strip();
    }
}
