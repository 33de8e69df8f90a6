package org.oversight.api;

/** PATCH bodies: a field left out (null) keeps the record's value as read; a field sent replaces it. */
final class Patch {

    private Patch() {
    }

    static <T> T or(T sent, T current) {
        return sent != null ? sent : current;
    }
}
