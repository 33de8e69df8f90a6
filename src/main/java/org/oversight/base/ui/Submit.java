package org.oversight.base.ui;

import com.vaadin.flow.component.button.Button;
import java.util.function.BooleanSupplier;

/**
 * Buttons that create or decide something. The browser disables such a button the moment it is clicked
 * ({@link Button#setDisableOnClick}), so a double click sends one request and the server ignores clicks on it while
 * it is disabled; it is enabled again only when the action reports that the form stays open (the service refused
 * it, and the person may correct and send again). The service still refuses a form sent twice by its
 * {@link org.oversight.base.SubmissionKey}: this is the first line, not the only one.
 */
public final class Submit {

    private Submit() {
    }

    /** @param action true when done (the form closes or is replaced), false when the form stays open */
    public static Button button(String text, BooleanSupplier action) {
        return guard(new Button(text), action);
    }

    /** Makes an existing button one that is disabled while its action runs and stays so once it succeeded. */
    public static <B extends Button> B guard(B button, BooleanSupplier action) {
        button.setDisableOnClick(true);
        button.addClickListener(e -> {
            button.setEnabled(false);
            boolean done = false;
            try {
                done = action.getAsBoolean();
            } finally {
                if (!done) {
                    button.setEnabled(true);
                }
            }
        });
        return button;
    }
}
