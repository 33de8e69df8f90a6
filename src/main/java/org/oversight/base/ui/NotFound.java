package org.oversight.base.ui;

import com.vaadin.flow.router.NotFoundException;
import java.util.Optional;
import java.util.OptionalLong;
import org.oversight.base.i18n.Messages;
import java.util.function.Supplier;
import org.springframework.security.access.AccessDeniedException;

/**
 * How a view says there is nothing at its address: it throws Vaadin's {@link NotFoundException} while it is being
 * opened, and the application's error view shows "Page not found" (404) inside the shell. An item that does not
 * exist and one the user may not see get the same answer, on purpose: the services refuse both with "There is no
 * ... that you can see".
 */
public final class NotFound {

    private NotFound() {
    }

    /** The item, or not found. */
    public static <T> T unless(Optional<T> found, String what) {
        return found.orElseThrow(() -> new NotFoundException(Messages.t("base.not-found.none", what)));
    }

    /** The service's answer, or not found when the service refuses to show it. */
    public static <T> T unlessRefused(Supplier<T> read) {
        try {
            return read.get();
        } catch (AccessDeniedException e) {
            throw new NotFoundException(e.getMessage());
        }
    }

    /** The id in an address, or not found when it is not a whole number. */
    public static long id(Optional<String> text, String what) {
        return number(text.orElse("")).orElseThrow(
                () -> new NotFoundException(Messages.t("base.not-found.id", what, text.orElse(""))));
    }

    /** The id an address holds, or empty when it is not a whole number that fits (letters, 30 digits). */
    public static OptionalLong number(String text) {
        try {
            return OptionalLong.of(Long.parseLong(text));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }
}
