package org.oversight.outcome.ui;

import org.oversight.base.ui.Dates;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import org.oversight.base.Formats;
import org.oversight.base.SubmissionKey;
import org.oversight.base.ui.Feedback;
import org.oversight.base.ui.FieldMessages;
import org.oversight.base.ui.Inputs;
import org.oversight.base.ui.Submit;
import org.oversight.outcome.OutcomeInput;
import org.oversight.outcome.OutcomeRating;
import org.oversight.outcome.OutcomeService;
import org.oversight.outcome.SourceChoice;

/** Records an outcome assessment: how well it worked, when, what it rests on, the evidence and the reason. */
class OutcomeDialog extends Dialog {

    OutcomeDialog(OutcomeService outcomes, long trackedId, LocalDate verifiedOn, LocalDate today, Runnable done) {
        setHeaderTitle(getTranslation("outcome.ui.record"));
        addClassName("outcome-dialog");
        SubmissionKey key = SubmissionKey.fresh();
        RadioButtonGroup<OutcomeRating> rating = new RadioButtonGroup<>(getTranslation("outcome.ui.did-it-work"));
        rating.setItems(OutcomeRating.values());
        rating.setItemLabelGenerator(r -> getTranslation("outcome.dialog.rating-label", r.label(), r.explanation()));
        rating.addClassName("outcome-rating");
        rating.setRequiredIndicatorVisible(true);
        DatePicker assessedOn = new DatePicker(getTranslation("outcome.dialog.date"));
        Dates.configure(assessedOn);
        assessedOn.setMin(verifiedOn);
        assessedOn.setMax(today);
        assessedOn.setHelperText(getTranslation("outcome.dialog.date-hint", Formats.date(verifiedOn)));
        Inputs.explain(assessedOn);
        ComboBox<SourceChoice> source = new ComboBox<>(getTranslation("outcome.dialog.source"));
        source.setItems(outcomes.sourceChoices(trackedId));
        source.setItemLabelGenerator(SourceChoice::label);
        source.setWidthFull();
        source.setHelperText(getTranslation("outcome.dialog.source-hint"));
        TextField link = new TextField(getTranslation("outcome.dialog.link"));
        link.setWidthFull();
        link.setMaxLength(500);
        link.setHelperText(getTranslation("outcome.dialog.link-hint"));
        TextArea evidence = new TextArea(getTranslation("outcome.dialog.evidence"));
        evidence.setWidthFull();
        evidence.setMaxLength(4000);
        evidence.setHelperText(getTranslation("outcome.dialog.evidence-hint"));
        TextArea reason = new TextArea(getTranslation("outcome.ui.reason"));
        reason.setWidthFull();
        reason.setMinHeight("6em");
        reason.setMaxLength(4000);
        reason.setRequiredIndicatorVisible(true);
        reason.setHelperText(getTranslation("outcome.dialog.reason-hint"));
        add(new Paragraph(getTranslation("outcome.dialog.undetermined-note")),
                rating, assessedOn, source, link, evidence, reason);
        FieldMessages messages = new FieldMessages().on("rating", rating).on("assessedOn", assessedOn)
                .on("sourceReport", source).on("sourceLink", link).on("evidence", evidence).on("reason", reason);
        Button save = Submit.button(getTranslation("outcome.ui.record"), () -> {
            messages.clear();
            if (Inputs.refuse(assessedOn)) {
                return false;
            }
            boolean ok = Feedback.run(() -> outcomes.record(trackedId, new OutcomeInput(rating.getValue(),
                    assessedOn.getValue(), source.getValue() == null ? null : source.getValue().reportId(),
                    link.getValue(), evidence.getValue(), reason.getValue()), key), messages);
            if (ok) {
                close();
                Feedback.success(getTranslation("outcome.dialog.done"));
                done.run();
            }
            return ok;
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button(getTranslation("outcome.ui.cancel"), e -> close()), save);
        setWidth("40rem");
    }
}
