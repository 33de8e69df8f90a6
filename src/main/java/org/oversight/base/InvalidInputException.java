package org.oversight.base;

import java.util.Map;

/**
 * Input a person must correct before anything is saved. Carries one message per field (keyed by the
 * field's name in the form) so that views can show each message on its field.
 */
public class InvalidInputException extends RuntimeException {

    private final Map<String, String> fieldMessages;

    public InvalidInputException(Map<String, String> fieldMessages) {
        super(String.join(" ", fieldMessages.values()));
        this.fieldMessages = Map.copyOf(fieldMessages);
    }

    public InvalidInputException(String field, String message) {
        this(Map.of(field, message));
    }

    public Map<String, String> fieldMessages() {
        return fieldMessages;
    }
}
