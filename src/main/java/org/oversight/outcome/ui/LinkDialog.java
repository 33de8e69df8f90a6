package org.oversight.outcome.ui;

import org.oversight.base.SubmissionKey;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.oversight.base.ui.Feedback;
import org.oversight.base.ui.FieldMessages;
import org.oversight.base.ui.Submit;
import org.oversight.outcome.LinkKind;
import org.oversight.outcome.RepeatLinkService;

/** Links the item's recommendation by hand to an earlier one, named by its report's reference and its number. */
class LinkDialog extends Dialog {

    LinkDialog(RepeatLinkService repeats, long trackedId, Runnable done) {
        setHeaderTitle(getTranslation("outcome.link.title"));
        SubmissionKey key = SubmissionKey.fresh();
        TextField reference = new TextField(getTranslation("outcome.link.reference-label"));
        reference.setHelperText(getTranslation("outcome.link.reference-hint"));
        reference.setWidthFull();
        TextField number = new TextField(getTranslation("outcome.link.number-label"));
        number.setHelperText(getTranslation("outcome.link.number-hint"));
        RadioButtonGroup<LinkKind> kind = new RadioButtonGroup<>(getTranslation("outcome.link.this"));
        kind.setItems(LinkKind.values());
        kind.setItemLabelGenerator(LinkKind::labelWithTheEarlierOne);
        kind.setValue(LinkKind.REPEATS);
        TextArea note = new TextArea(getTranslation("outcome.link.note"));
        note.setHelperText(getTranslation("outcome.link.optional"));
        note.setMaxLength(1000);
        note.setWidthFull();
        add(new Paragraph(getTranslation("outcome.link.intro")),
                reference, number, kind, note);
        FieldMessages messages = new FieldMessages().on("reference", reference).on("number", number).on("kind", kind)
                .on("note", note);
        Button save = Submit.button(getTranslation("outcome.link.button"), () -> {
            messages.clear();
            boolean ok = Feedback.run(() -> repeats.linkByReference(trackedId, reference.getValue(), number.getValue(),
                    kind.getValue(), note.getValue(), key), messages);
            if (ok) {
                close();
                Feedback.success(getTranslation("outcome.link.done"));
                done.run();
            }
            return ok;
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button(getTranslation("outcome.ui.cancel"), e -> close()), save);
        setWidth("32rem");
    }
}
