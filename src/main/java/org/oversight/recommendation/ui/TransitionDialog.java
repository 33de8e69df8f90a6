package org.oversight.recommendation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Locale;
import org.oversight.base.ui.Feedback;
import org.oversight.base.ui.FieldMessages;
import org.oversight.base.ui.Submit;
import org.oversight.recommendation.RecommendationWorkflow;
import org.oversight.recommendation.Status;
import org.oversight.recommendation.Transition;

/**
 * Confirms one move and takes its reason: required for returning, closing and reopening, the completion summary
 * for "report complete", optional otherwise. Sends the item's version so that a move on a stale page is refused.
 */
class TransitionDialog extends Dialog {

    TransitionDialog(RecommendationWorkflow workflow, long trackedId, int version, Transition t, Runnable done) {
        setHeaderTitle(t.label());
        addClassName("transition-dialog");
        TextArea reason = new TextArea(reasonLabel(t));
        reason.setWidthFull();
        reason.setMinHeight("8em");
        reason.setMaxLength(4000);
        reason.setRequiredIndicatorVisible(t.reasonRequired());
        reason.setHelperText(t.reasonRequired() ? "Kept in the item's history." : "Optional; kept in the item's history.");
        add(new Paragraph(explanation(t)), reason);
        Button confirm = Submit.button(t.label(), () -> {
            boolean ok = Feedback.run(() -> workflow.apply(trackedId, t, reason.getValue(), version),
                    new FieldMessages().on("reason", reason));
            if (ok) {
                close();
                Feedback.success(t.label() + ": done.");
                done.run();
            }
            return ok;
        });
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        Button cancel = new Button("Cancel", e -> close());
        getFooter().add(cancel, confirm);
        setWidth("32rem");
    }

    static String reasonLabel(Transition t) {
        if (t == Transition.CLAIM_COMPLETE) {
            return "Completion summary";
        }
        return t.reasonRequired() ? "Reason" : "Note";
    }

    static String explanation(Transition t) {
        if (t == Transition.CLAIM_COMPLETE) {
            return "Say what was done to implement the recommendation. The watchdog then verifies it or returns the claim.";
        }
        if (t == Transition.REOPEN) {
            return "The item goes back to work in progress, or to awaiting a plan if no plan was ever accepted.";
        }
        Status to = t.to();
        return "The recommendation will be marked as " + to.label().toLowerCase(Locale.UK) + ".";
    }
}
