package org.oversight.actionplan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.oversight.actionplan.ActionPlanService;
import org.oversight.actionplan.PlanDetails;
import org.oversight.actionplan.PlanHeader;
import org.oversight.actionplan.PlanStatus;
import org.oversight.base.ui.DecideDialog;
import org.oversight.base.ui.Feedback;
import org.oversight.base.ui.FieldMessages;
import org.oversight.base.ui.UnsavedChanges;

/**
 * The end of the plan page, after the plan's items, actions and evidence: the lead sends the plan to the watchdog
 * (checked first, with the summary as typed), or the watchdog decides on it behind one "Decide".
 */
final class PlanDecisionSection {

    static final String DECIDE = "Decide";

    private final ActionPlanService plans;
    private final PlanDetails details;
    private final TextArea summary;
    private final FieldMessages errors;
    private final UnsavedChanges unsaved;
    private final Runnable reload;

    /**
     * @param summary the summary as typed on the page, or null when the page shows it read-only
     * @param errors  the page's error summary and field messages
     */
    PlanDecisionSection(ActionPlanService plans, PlanDetails details, TextArea summary, FieldMessages errors,
                        UnsavedChanges unsaved, Runnable reload) {
        this.plans = plans;
        this.details = details;
        this.summary = summary;
        this.errors = errors;
        this.unsaved = unsaved;
        this.reload = reload;
    }

    /** The section, or nothing when the user has no decision to make on the plan. */
    Optional<Div> build() {
        PlanHeader p = details.plan();
        Div section = new Div();
        section.addClassName("plan-decision");
        if (details.can().submit()) {
            section.add(new H3("Send the plan to " + p.watchdogName()));
            Button submit = new Button(p.status() == PlanStatus.RETURNED ? "Resubmit to the watchdog" : "Submit to the watchdog",
                    e -> checkThenConfirm(p));
            submit.addThemeVariants(ButtonVariant.PRIMARY);
            section.add(new Paragraph("The summary is sent as it is written above, saved or not."), submit);
            String actionsProblem = plans.submissionProblems(p.id(), null).get("actions");
            if (actionsProblem != null) {
                Span why = new Span(actionsProblem);
                why.addClassName("button-reason");
                section.add(why);
            }
            return Optional.of(section);
        }
        if (details.can().decide()) {
            section.add(new H3("Your decision"), new Paragraph("Read the plan, its actions and their evidence above, then "
                    + "accept the plan or return it to " + p.organisationName() + " with reasons."));
            Button decide = new Button(DECIDE, e -> decideDialog(p).open());
            decide.addThemeVariants(ButtonVariant.PRIMARY);
            section.add(decide);
            return Optional.of(section);
        }
        return Optional.empty();
    }

    private void checkThenConfirm(PlanHeader p) {
        errors.clear();
        String typed = summary == null ? null : summary.getValue();
        Map<String, String> problems = plans.submissionProblems(p.id(), typed);
        if (!problems.isEmpty()) {
            problems.forEach(errors);
            errors.show();
            return;
        }
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader("Submit the plan to " + p.watchdogName() + "?");
        confirm.setText("The watchdog will accept it or return it with reasons. Until it decides, the actions cannot be changed.");
        confirm.setCancelable(true);
        confirm.setConfirmText("Submit");
        confirm.addConfirmListener(e -> {
            if (Feedback.run(() -> plans.submit(p.id(), typed, p.version()), errors)) {
                unsaved.saved();
                Feedback.success("The plan has been submitted to " + p.watchdogName() + ".");
                reload.run();
            }
        });
        confirm.open();
    }

    private DecideDialog<PlanStatus> decideDialog(PlanHeader p) {
        var accept = new DecideDialog.Choice<>(PlanStatus.ACCEPTED, "Accept the plan",
                "The actions' due dates become the dates agreed with " + p.organisationName()
                        + "; moving one later will need your approval.",
                "Note to the force (optional)", false,
                "Plan accepted. " + p.organisationName() + " sees your decision on the plan.");
        var giveBack = new DecideDialog.Choice<>(PlanStatus.RETURNED, "Return it with reasons",
                "The plan goes back to " + p.organisationName() + " with your reasons, and its recommendations need a plan again.",
                "What must change", true, "Plan returned to " + p.organisationName() + " with your reasons.");
        return new DecideDialog<>("Decide on the plan", null, List.of(accept, giveBack), "reason", (choice, text) -> {
            if (choice == PlanStatus.ACCEPTED) {
                plans.accept(p.id(), text, p.version());
            } else {
                plans.returnPlan(p.id(), text, p.version());
            }
        }, reload);
    }
}
