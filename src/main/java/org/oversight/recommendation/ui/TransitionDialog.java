package org.oversight.recommendation.ui;

import org.oversight.base.i18n.Messages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import org.oversight.base.i18n.Language;
import org.oversight.base.ui.ErrorSummary;
import org.oversight.base.ui.Feedback;
import org.oversight.base.ui.FieldMessages;
import org.oversight.base.ui.Submit;
import org.oversight.recommendation.RecommendationWorkflow;
import org.oversight.recommendation.Status;
import org.oversight.recommendation.Transition;

/**
 * Confirms one move and takes its reason: required for returning, closing and reopening, the completion summary
 * for "report complete", optional otherwise. Sends the item's version so that a move on a stale page is refused.
 * What is wrong shows the GOV.UK way (decision 0070): an error summary at the top, its entry a link to the field, and
 * the message on the field; a refusal that belongs to no field (someone moved the item meanwhile) in the summary too.
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
        reason.setHelperText(getTranslation(t.reasonRequired() ? "recommendation.move.kept" : "recommendation.move.kept-optional"));
        ErrorSummary summary = new ErrorSummary();
        FieldMessages messages = new FieldMessages().summary(summary).on("reason", reason);
        add(summary, new Paragraph(explanation(t)), reason);
        Button confirm = Submit.button(t.label(), () -> {
            messages.clear();
            boolean ok = Feedback.run(() -> workflow.apply(trackedId, t, reason.getValue(), version), messages);
            if (ok) {
                close();
                Feedback.success(done(t));
                done.run();
            }
            return ok;
        });
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        Button cancel = new Button(getTranslation("recommendation.move.cancel"), e -> close());
        getFooter().add(cancel, confirm);
        setWidth("32rem");
    }

    static String reasonLabel(Transition t) {
        if (t == Transition.CLAIM_COMPLETE) {
            return Messages.t("recommendation.move.summary");
        }
        return Messages.t(t.reasonRequired() ? "recommendation.move.reason" : "recommendation.move.note");
    }

    /** "Reopen: done." */
    static String done(Transition t) {
        return Messages.t("recommendation.move.done", t.label());
    }

    static String explanation(Transition t) {
        if (t == Transition.CLAIM_COMPLETE) {
            return Messages.t("recommendation.move.explain-claim");
        }
        if (t == Transition.REOPEN) {
            return Messages.t("recommendation.move.explain-reopen");
        }
        Status to = t.to();
        return Messages.t("recommendation.move.explain", to.label().toLowerCase(Language.current().locale()));
    }
}
