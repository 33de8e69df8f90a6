package org.oversight.base.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The one way a form shows a service's field messages ({@link org.oversight.base.InvalidInputException}): each
 * message goes on the field registered under the name the service uses, marked invalid; a message for a field the
 * form does not show becomes an error notification, so that nothing the service says is lost. Pass it to
 * {@link Feedback#run} as the {@code fieldMessage}, and {@link #clear()} it before the next try.
 */
public final class FieldMessages implements BiConsumer<String, String> {

    private final Map<String, HasValidation> fields = new LinkedHashMap<>();
    private final Map<String, Span> areas = new LinkedHashMap<>();
    private final List<HasValidation> marked = new ArrayList<>();

    /** Messages for {@code name} go on {@code field}. */
    public FieldMessages on(String name, HasValidation field) {
        fields.put(name, field);
        return this;
    }

    /** A message area for a field that is not an input (e.g. the files of an upload); hidden while empty. */
    public FieldMessages area(String name, Span area) {
        area.addClassName("form-error");
        area.setVisible(false);
        areas.put(name, area);
        return this;
    }

    /** Takes away the messages shown so far (only those: a binder's own messages are the binder's). */
    public void clear() {
        marked.forEach(f -> {
            f.setInvalid(false);
            f.setErrorMessage(null);
        });
        marked.clear();
        areas.values().forEach(a -> {
            a.setText("");
            a.setVisible(false);
        });
    }

    /** Shows {@code message} on the field the service named {@code name}. */
    @Override
    public void accept(String name, String message) {
        HasValidation field = fields.get(name);
        Span area = areas.get(name);
        if (field != null) {
            field.setErrorMessage(message);
            field.setInvalid(true);
            marked.add(field);
        } else if (area != null) {
            area.setText(message);
            area.setVisible(true);
        } else {
            Feedback.error(message);
        }
    }
}
