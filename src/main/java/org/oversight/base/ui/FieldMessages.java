package org.oversight.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.oversight.base.i18n.Messages;

/**
 * The one way a form shows what is wrong with it: each service field message ({@link org.oversight.base.InvalidInputException})
 * goes on the field registered under the name the service uses, marked invalid. With an {@link ErrorSummary}
 * ({@link #summary}), {@link #show()} also lists every red field's message at the top of the form, each linked to
 * its field, and any message that belongs to no field (a rule the form as a whole breaks); without one, such a
 * message becomes an error notification, so that nothing the service says is lost. Pass it to
 * {@link Feedback#run} as the {@code fieldMessage}, and {@link #clear()} it before the next try.
 */
public final class FieldMessages implements BiConsumer<String, String> {

    private final Map<String, HasValidation> fields = new LinkedHashMap<>();
    private final Map<String, Span> areas = new LinkedHashMap<>();
    private final List<HasValidation> marked = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();
    private ErrorSummary summary;

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

    /** The summary at the top of the form that {@link #show()} fills. */
    public FieldMessages summary(ErrorSummary summary) {
        this.summary = summary;
        return this;
    }

    /** Takes away the messages shown so far (only those: a binder's own messages are the binder's). */
    public void clear() {
        marked.forEach(f -> {
            f.setInvalid(false);
            f.setErrorMessage(null);
        });
        marked.clear();
        problems.clear();
        areas.values().forEach(a -> {
            a.setText("");
            a.setVisible(false);
        });
        if (summary != null) {
            summary.clear();
        }
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
            problem(message);
        }
    }

    /** A message about the form as a whole: in the summary, or a notification when the form has none. */
    public void problem(String message) {
        if (summary == null) {
            Feedback.error(message);
        } else {
            problems.add(message);
        }
    }

    /**
     * Fills the summary from what is wrong now (the form's own problems, then every red field and message area, in
     * the order they were registered) and shows it, focused. Does nothing without a summary.
     */
    public void show() {
        if (summary == null) {
            return;
        }
        summary.clear();
        problems.forEach(p -> summary.add(p, null));
        fields.values().stream().filter(HasValidation::isInvalid)
                .forEach(f -> summary.add(messageOf(f), f instanceof Component c ? c : null));
        areas.values().stream().filter(a -> a.isVisible() && !a.getText().isEmpty()).forEach(a -> summary.add(a.getText(), null));
        summary.show();
    }

    private static String messageOf(HasValidation field) {
        String message = field.getErrorMessage();
        if (message != null && !message.isEmpty()) {
            return message;
        }
        return field instanceof HasLabel labelled && labelled.getLabel() != null
                ? Messages.t("base.field.check", labelled.getLabel()) : Messages.t("base.field.check-red");
    }
}
