package org.oversight.base.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.function.BiConsumer;
import org.oversight.base.ConcurrentEditException;
import org.oversight.base.InvalidInputException;
import org.oversight.base.RuleViolationException;
import org.springframework.security.access.AccessDeniedException;

/**
 * Runs a service call from a view and turns what the service refused into what a person reads: field messages on
 * the fields, and, for a form with an {@link ErrorSummary}, everything in that summary at the top of the form;
 * otherwise what belongs to no field as an error notification. Nothing is half-saved: services refuse before writing.
 */
public final class Feedback {

    private Feedback() {
    }

    /**
     * @param fieldMessage shows a message on the named field, normally a {@link FieldMessages} (may be null when
     *                     the form has no such fields)
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
            if (fieldMessage instanceof FieldMessages form) {
                form.problem(e.getMessage());
            } else {
                error(e.getMessage());
            }
        }
        if (fieldMessage instanceof FieldMessages form) {
            form.show();
        }
        return false;
    }

    /** At the bottom's far end: at its start it covered the side menu's "Sign out" for its four seconds. */
    public static void success(String message) {
        Notification n = Notification.show(message, 4000, Notification.Position.BOTTOM_END);
        n.addThemeVariants(NotificationVariant.SUCCESS);
    }

    public static void error(String message) {
        Notification n = Notification.show(message, 8000, Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.ERROR);
    }
}
