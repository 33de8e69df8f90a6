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
import org.oversight.actionplan.PlanPage;
import org.oversight.actionplan.PlanStatus;
import org.oversight.base.i18n.Messages;
import org.oversight.base.ui.DecideDialog;
import org.oversight.base.ui.Feedback;
import org.oversight.base.ui.FieldMessages;
import org.oversight.base.ui.UnsavedChanges;

/**
 * The end of the plan page, after the plan's items, actions and evidence: the lead sends the plan to the watchdog
 * (checked first, with the summary as typed), or the watchdog decides on it behind one "Decide".
 */
final class PlanDecisionSection {

    private final ActionPlanService plans;
    private final PlanPage page;
    private final TextArea summary;
    private final FieldMessages errors;
    private final UnsavedChanges unsaved;
    private final Runnable reload;

    /**
     * @param summary the summary as typed on the page, or null when the page shows it read-only
     * @param errors  the page's error summary and field messages
     */
    PlanDecisionSection(ActionPlanService plans, PlanPage page, TextArea summary, FieldMessages errors,
                        UnsavedChanges unsaved, Runnable reload) {
        this.plans = plans;
        this.page = page;
        this.summary = summary;
        this.errors = errors;
        this.unsaved = unsaved;
        this.reload = reload;
    }

    /** The section, or nothing when the user has no decision to make on the plan. */
    Optional<Div> build() {
        PlanDetails details = page.details();
        PlanHeader p = details.plan();
        Div section = new Div();
        section.addClassName("plan-decision");
        if (details.can().submit()) {
            section.add(new H3(Messages.t("actionplan.decision.send-heading", p.watchdogName())));
            Button submit = new Button(Messages.t(p.status() == PlanStatus.RETURNED ? "actionplan.decision.resubmit" : "actionplan.decision.submit"),
                    e -> checkThenConfirm(p));
            submit.addThemeVariants(ButtonVariant.PRIMARY);
            section.add(new Paragraph(Messages.t("actionplan.decision.summary-as-typed")), submit);
            String actionsProblem = page.actionsProblem();
            if (actionsProblem != null) {
                Span why = new Span(actionsProblem);
                why.addClassName("button-reason");
                section.add(why);
            }
            return Optional.of(section);
        }
        if (details.can().decide()) {
            section.add(new H3(Messages.t("actionplan.decision.heading")),
                    new Paragraph(Messages.t("actionplan.decision.intro", p.organisationName())));
            Button decide = new Button(Messages.t("actionplan.decision.decide"), e -> decideDialog(p).open());
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
        confirm.setHeader(Messages.t("actionplan.decision.confirm.question", p.watchdogName()));
        confirm.setText(Messages.t("actionplan.decision.confirm.text"));
        confirm.setCancelable(true);
        confirm.setConfirmText(Messages.t("actionplan.decision.confirm.button"));
        confirm.addConfirmListener(e -> {
            if (Feedback.run(() -> plans.submit(p.id(), typed, p.version()), errors)) {
                unsaved.saved();
                Feedback.success(Messages.t("actionplan.decision.submitted", p.watchdogName()));
                reload.run();
            }
        });
        confirm.open();
    }

    private DecideDialog<PlanStatus> decideDialog(PlanHeader p) {
        var accept = new DecideDialog.Choice<>(PlanStatus.ACCEPTED, Messages.t("actionplan.decision.accept"),
                Messages.t("actionplan.decision.accept.hint", p.organisationName()),
                Messages.t("actionplan.revision.approve.note"), false,
                Messages.t("actionplan.decision.accept.done", p.organisationName()));
        var giveBack = new DecideDialog.Choice<>(PlanStatus.RETURNED, Messages.t("actionplan.decision.return"),
                Messages.t("actionplan.decision.return.hint", p.organisationName()),
                Messages.t("actionplan.decision.return.text"), true, Messages.t("actionplan.decision.return.done", p.organisationName()));
        return new DecideDialog<>(Messages.t("actionplan.decision.dialog"), null, List.of(accept, giveBack), "reason", (choice, text) -> {
            if (choice == PlanStatus.ACCEPTED) {
                plans.accept(p.id(), text, p.version());
            } else {
                plans.returnPlan(p.id(), text, p.version());
            }
        }, reload).keepingDraftAs("plan-" + p.id() + "-decision");
    }
}
