package org.oversight.base.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.Arrays;
import org.oversight.base.i18n.Messages;

/**
 * Number and date fields that say why they are red. A browser only checks what it can: it lets through a number
 * too big for the server to hold (2147483648 arrives as no number at all) and marks a date that does not exist
 * (31/02/2026) without a word. These helpers give every such field its message, and {@link #refuse} tells a form
 * not to send what the person cannot have meant.
 */
public final class Inputs {

    /** The message for a percentage that is not a whole number from 0 to 100, naming the field. */
    public static String percentMessage(String name) {
        return Messages.t("base.number.percent", name);
    }

    private Inputs() {
    }

    /** A percentage field: whole numbers from 0 to 100, with that message (naming "Progress") for anything else. */
    public static IntegerField percent(String label) {
        String message = percentMessage(Messages.t("base.number.progress"));
        IntegerField field = new IntegerField(label);
        field.setMin(0);
        field.setMax(100);
        field.setI18n(new IntegerField.IntegerFieldI18n().setBadInputErrorMessage(message)
                .setMinErrorMessage(message).setMaxErrorMessage(message).setStepErrorMessage(message));
        return field;
    }

    /** Sets the picker up as every date picker is ({@link Dates#configure}). */
    public static DatePicker explain(DatePicker picker) {
        return Dates.configure(picker);
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
                    ? field.getI18n().getBadInputErrorMessage() : Messages.t("base.number.whole");
            field.setErrorMessage(message);
            field.setInvalid(true);
        }
        return unreadable || outOfRange || field.isInvalid();
    }
}
