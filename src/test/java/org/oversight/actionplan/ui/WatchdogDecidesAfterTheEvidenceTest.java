package org.oversight.actionplan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oversight.actionplan.PlanFixtures;
import org.oversight.actionplan.PlanStatus;
import org.oversight.base.ui.DecideDialog;
import org.oversight.base.ui.ErrorSummary;
import org.oversight.testsupport.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** HMICFRS decides on a submitted plan with one "Decide" that comes after the plan's actions. */
@DatabaseTest
@Transactional
@WithUserDetails("hmicfrs")
class WatchdogDecidesAfterTheEvidenceTest extends SpringBrowserlessTest {

    @Autowired PlanFixtures fx;

    private long planId;

    @BeforeEach
    void submittedPlan() {
        planId = fx.submittedPlanOnAFreshItem("surrey", "SURREY", "Retrain call handlers").planId();
        fx.signIn("hmicfrs");
        navigate(PlanView.class, planId);
    }

    @Test
    void theDecisionComesAfterTheActionsAndOffersOnlyAcceptOrReturnWithHints() {
        PlanView view = (PlanView) getCurrentView();
        List<Component> parts = view.getChildren().toList();
        Component card = parts.stream().filter(c -> c instanceof ActionCard).findFirst().orElseThrow();
        Component decision = parts.stream().filter(c -> c.getClassNames().contains("plan-decision")).findFirst().orElseThrow();
        assertThat(parts.indexOf(decision)).as("the decision follows the evidence").isGreaterThan(parts.indexOf(card));
        assertThat(find(Button.class).withText("Accept the plan").exists()).as("no separate decision buttons").isFalse();

        test(find(Button.class).from(decision).withText("Decide").single()).click();

        assertThat(choices().getListDataView().getItems().map(DecideDialog.Choice::label))
                .containsExactly("Accept the plan", "Return it with reasons");
        assertThat(choices().getListDataView().getItems().map(DecideDialog.Choice::hint))
                .allSatisfy(hint -> assertThat(hint).isNotBlank());
    }

    @Test
    void confirmingWithoutAChoiceOrAReasonSaysWhatToDoAndDecidesNothing() {
        test(find(Button.class).withText("Decide").single()).click();
        Dialog dialog = find(Dialog.class).single();

        test(find(Button.class).from(dialog).withText("Confirm decision").single()).click();
        assertThat(find(ErrorSummary.class).from(dialog).single().messages()).containsExactly("Select your decision.");
        assertThat(choices().getErrorMessage()).isEqualTo("Select your decision.");

        choose("Return it with reasons");
        test(find(Button.class).from(dialog).withText("Confirm decision").single()).click();

        ErrorSummary errors = find(ErrorSummary.class).from(dialog).single();
        assertThat(errors.isVisible()).isTrue();
        TextArea reason = find(TextArea.class).from(dialog).withLabel("What must change").single();
        assertThat(reason.isInvalid()).isTrue();
        assertThat(find(Anchor.class).from(errors).single().getText()).isEqualTo(reason.getErrorMessage());
        assertThat(fx.planStatus(planId)).isEqualTo(PlanStatus.SUBMITTED);
    }

    @Test
    void acceptingThroughDecideAcceptsThePlan() {
        test(find(Button.class).withText("Decide").single()).click();
        choose("Accept the plan");
        test(find(Button.class).from(find(Dialog.class).single()).withText("Confirm decision").single()).click();

        assertThat(find(Dialog.class).exists()).isFalse();
        assertThat(fx.planStatus(planId)).isEqualTo(PlanStatus.ACCEPTED);
    }

    @SuppressWarnings("unchecked")
    private RadioButtonGroup<DecideDialog.Choice<PlanStatus>> choices() {
        return find(RadioButtonGroup.class).from(find(Dialog.class).single()).single();
    }

    private void choose(String label) {
        var group = choices();
        group.setValue(group.getListDataView().getItems().filter(c -> c.label().equals(label)).findFirst().orElseThrow());
    }
}
