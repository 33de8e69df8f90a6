package org.oversight.base.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.Arrays;
import org.oversight.base.Formats;

/**
 * Number and date fields that say why they are red. A browser only checks what it can: it lets through a number
 * too big for the server to hold (2147483648 arrives as no number at all) and marks a date that does not exist
 * (31/02/2026) without a word. These helpers give every such field its message, and {@link #refuse} tells a form
 * not to send what the person cannot have meant.
 */
public final class Inputs {

    public static final String PERCENT = "Enter a whole number from 0 to 100.";
    static final String BAD_DATE = "Enter a date that exists, as day/month/year, e.g. 23/11/2026.";

    private Inputs() {
    }

    /** A percentage field: whole numbers from 0 to 100, with that message for anything else. */
    public static IntegerField percent(String label) {
        IntegerField field = new IntegerField(label);
        field.setMin(0);
        field.setMax(100);
        field.setI18n(new IntegerField.IntegerFieldI18n().setBadInputErrorMessage(PERCENT)
                .setMinErrorMessage(PERCENT).setMaxErrorMessage(PERCENT).setStepErrorMessage(PERCENT));
        return field;
    }

    /**
     * Gives the picker its messages for a date that cannot be read and for one outside its range (call it again after
     * changing the range, so that the message names the dates).
     */
    public static DatePicker explain(DatePicker picker) {
        DatePicker.DatePickerI18n i18n = picker.getI18n() == null ? new DatePicker.DatePickerI18n() : picker.getI18n();
        i18n.setBadInputErrorMessage(BAD_DATE)
                .setMinErrorMessage(picker.getMin() == null ? "This date is too early."
                        : "Choose " + Formats.date(picker.getMin()) + " or later.")
                .setMaxErrorMessage(picker.getMax() == null ? "This date is too late."
                        : "Choose " + Formats.date(picker.getMax()) + " or earlier.");
        picker.setI18n(i18n);
        return picker;
    }

    /**
     * Marks each field whose typed text is not a value it can hold (a number out of range of a whole number, a date
     * that does not exist), with its message.
     *
     * @return true when any field was refused: the form must not be sent
     */
    public static boolean refuse(IntegerField... fields) {
        return Arrays.stream(fields).map(Inputs::refused).reduce(false, Boolean::logicalOr);
    }

    /** @return true when any picker holds a date it cannot read or one outside its range (it shows why) */
    public static boolean refuse(DatePicker... pickers) {
        return Arrays.stream(pickers).anyMatch(DatePicker::isInvalid);
    }

    private static boolean refused(IntegerField field) {
        String typed = field.getElement().getProperty("value", "");
        boolean unreadable = !typed.isBlank() && field.getValue() == null;
        boolean outOfRange = field.getValue() != null && (field.getValue() < field.getMin() || field.getValue() > field.getMax());
        if (unreadable || outOfRange) {
            String message = field.getI18n() != null && field.getI18n().getBadInputErrorMessage() != null
                    ? field.getI18n().getBadInputErrorMessage() : "Enter a whole number.";
            field.setErrorMessage(message);
            field.setInvalid(true);
        }
        return unreadable || outOfRange || field.isInvalid();
    }
}
