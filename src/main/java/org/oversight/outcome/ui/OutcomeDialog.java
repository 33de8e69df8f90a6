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
        setHeaderTitle("Record outcome");
        addClassName("outcome-dialog");
        SubmissionKey key = SubmissionKey.fresh();
        RadioButtonGroup<OutcomeRating> rating = new RadioButtonGroup<>("Did it work?");
        rating.setItems(OutcomeRating.values());
        rating.setItemLabelGenerator(r -> r.label() + " – " + r.explanation());
        rating.addClassName("outcome-rating");
        rating.setRequiredIndicatorVisible(true);
        DatePicker assessedOn = new DatePicker("Date of the assessment");
        Dates.configure(assessedOn);
        assessedOn.setMin(verifiedOn);
        assessedOn.setMax(today);
        assessedOn.setHelperText("Day/month/year, from the verification on " + Formats.date(verifiedOn) + " to today.");
        Inputs.explain(assessedOn);
        ComboBox<SourceChoice> source = new ComboBox<>("Inspection or report it rests on");
        source.setItems(outcomes.sourceChoices(trackedId));
        source.setItemLabelGenerator(SourceChoice::label);
        source.setWidthFull();
        source.setHelperText("A report of the watchdog, or an inspection of the recipient, published since verification.");
        TextField link = new TextField("Or its web address");
        link.setWidthFull();
        link.setMaxLength(500);
        link.setHelperText("For a report published elsewhere, starting with https://");
        TextArea evidence = new TextArea("Evidence");
        evidence.setWidthFull();
        evidence.setMaxLength(4000);
        evidence.setHelperText("Optional: what was sampled or observed.");
        TextArea reason = new TextArea("Reason");
        reason.setWidthFull();
        reason.setMinHeight("6em");
        reason.setMaxLength(4000);
        reason.setRequiredIndicatorVisible(true);
        reason.setHelperText("Why you judge it so; kept with the outcome.");
        add(new Paragraph("\"Could not be determined\" is kept as its own state: it never counts as a success or a failure."),
                rating, assessedOn, source, link, evidence, reason);
        FieldMessages messages = new FieldMessages().on("rating", rating).on("assessedOn", assessedOn)
                .on("sourceReport", source).on("sourceLink", link).on("evidence", evidence).on("reason", reason);
        Button save = Submit.button("Record outcome", () -> {
            messages.clear();
            if (Inputs.refuse(assessedOn)) {
                return false;
            }
            boolean ok = Feedback.run(() -> outcomes.record(trackedId, new OutcomeInput(rating.getValue(),
                    assessedOn.getValue(), source.getValue() == null ? null : source.getValue().reportId(),
                    link.getValue(), evidence.getValue(), reason.getValue()), key), messages);
            if (ok) {
                close();
                Feedback.success("Outcome recorded.");
                done.run();
            }
            return ok;
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button("Cancel", e -> close()), save);
        setWidth("40rem");
    }
}
