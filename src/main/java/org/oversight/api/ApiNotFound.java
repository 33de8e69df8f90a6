package org.oversight.api;

import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.security.access.AccessDeniedException;

/**
 * Nothing at this address that the caller can see: a missing record and one outside the caller's scope answer the
 * same 404, on purpose (as the screens' base.ui.NotFound does).
 */
final class ApiNotFound extends RuntimeException {

    ApiNotFound(String message) {
        super(message);
    }

    static <T> T unless(Optional<T> found, String what, long id) {
        return found.orElseThrow(() -> of(what, id));
    }

    /** 404 unless the service says the caller can see it (a {@code canSee} answer: one indexed read, nothing more). */
    static void unlessSeen(boolean seen, String what, long id) {
        if (!seen) {
            throw of(what, id);
        }
    }

    /** The service's answer, or 404 when the service refuses to show it. */
    static <T> T unlessRefused(Supplier<T> read, String what, long id) {
        try {
            return read.get();
        } catch (AccessDeniedException e) {
            throw of(what, id);
        }
    }

    private static ApiNotFound of(String what, long id) {
        return new ApiNotFound("There is no " + what + " " + id + " that you can see.");
    }
}
