package org.oversight.deadline;

/** An extension that the rules do not allow; the message is written to be shown to the person who asked. */
public class ExtensionRefusedException extends RuntimeException {

    public ExtensionRefusedException(String message) {
        super(message);
    }
}
