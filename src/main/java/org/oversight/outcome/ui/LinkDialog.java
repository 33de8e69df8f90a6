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
        setHeaderTitle("Link to an earlier recommendation");
        SubmissionKey key = SubmissionKey.fresh();
        TextField reference = new TextField("Reference of the earlier report");
        reference.setHelperText("For example IPCC-2015-001");
        reference.setWidthFull();
        TextField number = new TextField("Number of the earlier recommendation");
        number.setHelperText("As the report numbers it, for example 1 or AFI 2");
        RadioButtonGroup<LinkKind> kind = new RadioButtonGroup<>("This recommendation");
        kind.setItems(LinkKind.values());
        kind.setItemLabelGenerator(k -> k.label() + " the earlier one");
        kind.setValue(LinkKind.REPEATS);
        TextArea note = new TextArea("Note");
        note.setHelperText("Optional");
        note.setMaxLength(1000);
        note.setWidthFull();
        add(new Paragraph("Earlier recommendations of any watchdog can be linked, if published no later than this one."),
                reference, number, kind, note);
        FieldMessages messages = new FieldMessages().on("reference", reference).on("number", number).on("kind", kind)
                .on("note", note);
        Button save = Submit.button("Link", () -> {
            messages.clear();
            boolean ok = Feedback.run(() -> repeats.linkByReference(trackedId, reference.getValue(), number.getValue(),
                    kind.getValue(), note.getValue(), key), messages);
            if (ok) {
                close();
                Feedback.success("Linked.");
                done.run();
            }
            return ok;
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button("Cancel", e -> close()), save);
        setWidth("32rem");
    }
}
