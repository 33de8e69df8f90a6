package org.oversight.actionplan.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Span;
import java.util.LinkedHashMap;
import java.util.Map;
import org.oversight.base.ui.Feedback;

/** Shows the service's field messages on the form's fields; a message for no known field becomes a notification. */
final class FieldErrors {

    private final Map<String, HasValidation> fields = new LinkedHashMap<>();
    private final Map<String, Span> areas = new LinkedHashMap<>();

    FieldErrors on(String name, HasValidation field) {
        fields.put(name, field);
        return this;
    }

    /** A message area for a field that is not an input (e.g. the files of an upload). */
    FieldErrors area(String name, Span area) {
        area.addClassName("form-error");
        area.setVisible(false);
        areas.put(name, area);
        return this;
    }

    void clear() {
        fields.values().forEach(f -> {
            f.setInvalid(false);
            f.setErrorMessage(null);
        });
        areas.values().forEach(a -> {
            a.setText("");
            a.setVisible(false);
        });
    }

    void show(String name, String message) {
        HasValidation field = fields.get(name);
        Span area = areas.get(name);
        if (field != null) {
            field.setErrorMessage(message);
            field.setInvalid(true);
        } else if (area != null) {
            area.setText(message);
            area.setVisible(true);
        } else {
            Feedback.error(message);
        }
    }
}
