package org.oversight.base.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.Map;
import java.util.function.BiConsumer;
import org.oversight.base.ConcurrentEditException;
import org.oversight.base.InvalidInputException;
import org.oversight.base.RuleViolationException;
import org.springframework.security.access.AccessDeniedException;

/**
 * Runs a service call from a view and turns what the service refused into what a person reads: field messages on
 * the fields, everything else as an error notification. Nothing is half-saved: services refuse before writing.
 */
public final class Feedback {

    private Feedback() {
    }

    /**
     * @param fieldMessage shows a message on the named field (may be null when the form has no such fields)
     * @return true when the action succeeded
     */
    public static boolean run(Runnable action, BiConsumer<String, String> fieldMessage) {
        try {
            action.run();
            return true;
        } catch (InvalidInputException e) {
            if (fieldMessage == null) {
                error(e.getMessage());
            } else {
                e.fieldMessages().forEach(fieldMessage);
            }
        } catch (ConcurrentEditException | RuleViolationException | AccessDeniedException e) {
            error(e.getMessage());
        }
        return false;
    }

    /**
     * A {@code fieldMessage} for {@link #run} over a form's fields by the names the service uses: the message goes
     * on the named field, marked invalid; a message for a field the form does not show becomes an error
     * notification, so that nothing the service says is lost.
     */
    public static BiConsumer<String, String> onFields(Map<String, ? extends HasValidation> fields) {
        return (field, message) -> {
            HasValidation target = fields.get(field);
            if (target == null) {
                error(message);
                return;
            }
            target.setErrorMessage(message);
            target.setInvalid(true);
        };
    }

    public static void success(String message) {
        Notification n = Notification.show(message, 4000, Notification.Position.BOTTOM_START);
        n.addThemeVariants(NotificationVariant.SUCCESS);
    }

    public static void error(String message) {
        Notification n = Notification.show(message, 8000, Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.ERROR);
    }
}
