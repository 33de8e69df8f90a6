package org.oversight.base;

/** An operation the domain's rules do not allow in the current state, e.g. verifying an item nobody claimed complete. */
public class RuleViolationException extends RuntimeException {

    public RuleViolationException(String message) {
        super(message);
    }
}
