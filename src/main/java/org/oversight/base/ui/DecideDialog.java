package org.oversight.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.util.List;
import org.oversight.base.i18n.Messages;
import java.util.function.BiConsumer;

/**
 * One "Decide" for several possible decisions, GOV.UK style: the choices the person may take as radio buttons, each
 * with a hint that says what it does, then the reason or note the chosen decision needs. Checked before anything is
 * sent (a choice must be made), and what the service refuses is shown in the error summary at the top and on the
 * field. The button says what it does: "Confirm decision".
 *
 * @param <T> what a choice is (a transition, an accept-or-return)
 */
public class DecideDialog<T> extends Dialog {

    /**
     * One decision.
     *
     * @param label        what the radio button says ("Accept the plan")
     * @param hint         what it does, under the label
     * @param textLabel    the label of the text it takes ("What must change", "Note to the force (optional)")
     * @param textRequired shows the field as required (the service decides)
     * @param done         the message once done ("Plan accepted.")
     */
    public record Choice<T>(T value, String label, String hint, String textLabel, boolean textRequired, String done) {
    }

    private final ErrorSummary summary = new ErrorSummary();
    private final RadioButtonGroup<Choice<T>> choices = new RadioButtonGroup<>(Messages.t("base.decide.question"));
    private final TextArea text = new TextArea();
    /** Keeps the typed text until the decision is made or cancelled, once {@link #keepingDraftAs} is called. */
    private final UnsavedChanges drafts = new UnsavedChanges(this);

    /**
     * @param field  the name the service gives the text's field in its messages ("reason")
     * @param decide sends the decision; throws what the service refuses
     * @param after  runs once the decision is made (e.g. the page draws itself again)
     */
    public DecideDialog(String title, String intro, List<Choice<T>> options, String field, BiConsumer<T, String> decide,
                        Runnable after) {
        setHeaderTitle(title);
        addClassName("decide-dialog");
        setWidth("min(40rem, 95vw)");
        choices.setItems(options);
        choices.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        choices.setRenderer(new ComponentRenderer<>(c -> {
            Span hint = new Span(c.hint());
            hint.addClassName("decide-choice-hint");
            return new Div(new Span(c.label()), new Div(hint));
        }));
        choices.setRequiredIndicatorVisible(true);
        text.setWidthFull();
        text.setMinRows(4);
        text.setMaxLength(4000);
        text.setVisible(false);
        choices.addValueChangeListener(e -> {
            Choice<T> c = e.getValue();
            text.setVisible(c != null);
            if (c != null) {
                text.setLabel(c.textLabel());
                text.setRequiredIndicatorVisible(c.textRequired());
            }
        });
        if (options.size() == 1) {
            choices.setValue(options.getFirst());
        }
        FieldMessages errors = new FieldMessages().on("choice", choices).on(field, text).summary(summary);
        add(summary);
        if (intro != null) {
            add(new Paragraph(intro));
        }
        add(choices, text);
        Button confirm = Submit.button(Messages.t("base.decide.confirm"), () -> {
            errors.clear();
            Choice<T> chosen = choices.getValue();
            if (chosen == null) {
                errors.accept("choice", Messages.t("base.decide.choose"));
                errors.show();
                return false;
            }
            if (!Feedback.run(() -> decide.accept(chosen.value(), text.getValue()), errors)) {
                return false;
            }
            drafts.saved();
            close();
            Feedback.success(chosen.done());
            after.run();
            return true;
        });
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button(Messages.t("base.decide.cancel"), e -> {
            drafts.saved();
            close();
        }), confirm);
    }

    /**
     * Keeps what is typed in the tab until the decision is made or cancelled, under {@code key} (include the record's
     * id): a session that ended while the dialog was open gets its text back when the dialog is opened again.
     */
    public DecideDialog<T> keepingDraftAs(String key) {
        drafts.watch(text, key);
        return this;
    }

    /** The text field. */
    public TextArea text() {
        return text;
    }
}
