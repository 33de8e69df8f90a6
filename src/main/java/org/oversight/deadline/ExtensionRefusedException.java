package org.oversight.deadline;

import org.oversight.base.InvalidInputException;

/**
 * An extension that the rules do not allow; the message is written to be shown to the person who asked, on the
 * form field it is about ({@link #field()}: {@code receivedOn}, {@code newDueOn}, or null for the clock as a whole).
 * Being an {@link InvalidInputException}, it reaches the form like any other refused input: a refusal of the
 * extension as a whole is shown on {@code newDueOn}, the date that was asked for.
 */
public class ExtensionRefusedException extends InvalidInputException {

    private final String field;

    public ExtensionRefusedException(String message) {
        this(null, message);
    }

    public ExtensionRefusedException(String field, String message) {
        super(field == null ? "newDueOn" : field, message);
        this.field = field;
    }

    /** The form field the refusal is about, or null when it is about the clock as a whole. */
    public String field() {
        return field;
    }
}
