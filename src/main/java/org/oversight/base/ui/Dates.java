package org.oversight.base.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.oversight.base.Formats;
import org.oversight.base.i18n.Language;
import org.oversight.base.i18n.Messages;

/**
 * The one place that sets up every date picker: UK locale, calendars that start on Monday, day/month/year typed and
 * shown ("27/3/2027"), a format hint under the field, and messages that say what is wrong with the date and how to
 * put it right ("Due date must be a real date, for example 27/3/2027"). The calendar's month and day names, its
 * buttons and the messages are in the reader's language (decision 0090).
 */
public final class Dates {

    private static final int MONDAY = 1;

    private Dates() {
    }

    /** The hint under every date field, GOV.UK style: "For example, 27/3/2027". */
    public static String hint() {
        return Messages.t("base.date.hint");
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
        Locale language = Language.current().locale();
        i18n.setFirstDayOfWeek(MONDAY)
                .setDateFormats("d/M/yyyy", "d/M/yy", "d.M.yyyy", "yyyy-MM-dd")
                .setMonthNames(Arrays.stream(Month.values()).map(m -> m.getDisplayName(TextStyle.FULL_STANDALONE, language)).toList())
                .setWeekdays(weekdays(TextStyle.FULL_STANDALONE, language))
                .setWeekdaysShort(weekdays(TextStyle.SHORT_STANDALONE, language))
                .setToday(Messages.t("base.date.today"))
                .setCancel(Messages.t("base.date.cancel"))
                .setBadInputErrorMessage(badDate(name))
                .setMinErrorMessage(picker.getMin() == null ? Messages.t("base.date.too-early", name)
                        : Messages.t("base.date.from", name, Formats.date(picker.getMin())))
                .setMaxErrorMessage(picker.getMax() == null ? Messages.t("base.date.too-late", name)
                        : Messages.t("base.date.until", name, Formats.date(picker.getMax())));
        picker.setI18n(i18n);
        if (picker.getHelperText() == null || picker.getHelperText().isEmpty()) {
            picker.setHelperText(hint());
        }
        return picker;
    }

    /** Sunday first, as the component expects, whatever day the calendar starts on. */
    private static List<String> weekdays(TextStyle style, Locale language) {
        return Arrays.stream(DayOfWeek.values()).map(d -> DayOfWeek.of((d.getValue() + 5) % 7 + 1))
                .map(d -> d.getDisplayName(style, language)).toList();
    }

    /** "Due date must be a real date, for example 27/3/2027": for a date that does not exist or cannot be read. */
    public static String badDate(String name) {
        return Messages.t("base.date.bad", name);
    }

    /** The field's name for its messages: its label without "(optional)" and the like. */
    static String name(String label) {
        if (label == null || label.isBlank()) {
            return Messages.t("base.date.name");
        }
        return label.replaceAll("\\s*\\([^)]*\\)\\s*$", "").strip();
    }
}
