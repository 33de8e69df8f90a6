package org.oversight.deadline;

/**
 * An extension that the rules do not allow; the message is written to be shown to the person who asked, on the
 * form field it is about ({@link #field()}: {@code receivedOn}, {@code newDueOn}, or null for the clock as a whole).
 */
public class ExtensionRefusedException extends RuntimeException {

    private final String field;

    public ExtensionRefusedException(String message) {
        this(null, message);
    }

    public ExtensionRefusedException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The form field the refusal is about, or null. */
    public String field() {
        return field;
    }
}
