package org.oversight.actionplan.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oversight.db.Tables.ACTION_PLAN;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.TextArea;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oversight.actionplan.PlanFixtures;
import org.oversight.actionplan.PlanStatus;
import org.oversight.base.ui.ErrorSummary;
import org.oversight.base.ui.UnsavedChanges;
import org.oversight.testsupport.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** A returned plan's lead types a new summary: what is typed is what the watchdog gets, or the page says why not. */
@DatabaseTest
@Transactional
@WithUserDetails("surrey")
class LeadNeverLosesTypedSummaryTest extends SpringBrowserlessTest {

    private static final String TYPED = "Training starts on 5/1/2027; the audit of repeat calls follows in March.";

    @Autowired PlanFixtures fx;
    @Autowired DSLContext dsl;

    private long planId;

    @BeforeEach
    void returnedPlan() {
        planId = fx.returnedPlanOnAFreshItem("surrey", "SURREY", "Retrain call handlers", "Say when the training starts.").planId();
        navigate(PlanView.class, planId);
    }

    @Test
    void resubmitSendsTheSummaryAsTypedWithoutAnExtraSave() {
        test(summary()).setValue(TYPED);

        test(find(Button.class).withText("Resubmit to the watchdog").single()).click();
        test(find(ConfirmDialog.class).single()).confirm();

        assertThat(fx.planStatus(planId)).isEqualTo(PlanStatus.SUBMITTED);
        assertThat(savedSummary()).as("the watchdog receives what was on the screen").isEqualTo(TYPED);
    }

    @Test
    void aBlankSummaryIsRefusedBeforeAnyConfirmationWithAnErrorSummaryThatLinksToTheField() {
        TextArea summary = summary();
        test(summary).setValue("\u00a0\u200b ");

        test(find(Button.class).withText("Resubmit to the watchdog").single()).click();

        assertThat(find(ConfirmDialog.class).exists()).as("no confirmation for a submission that cannot succeed").isFalse();
        ErrorSummary errors = find(ErrorSummary.class).single();
        assertThat(errors.isVisible()).isTrue();
        assertThat(find(H2.class).from(errors).single().getText()).isEqualTo("There is a problem");
        Anchor link = find(Anchor.class).from(errors).single();
        assertThat(link.getText()).isEqualTo("Write a short summary of the plan for the watchdog.");
        assertThat(link.getHref()).isEqualTo("#" + summary.getId().orElseThrow());
        assertThat(summary.isInvalid()).isTrue();
        assertThat(summary.getErrorMessage()).isEqualTo("Write a short summary of the plan for the watchdog.");
        assertThat(fx.planStatus(planId)).isEqualTo(PlanStatus.RETURNED);
        assertThat(savedSummary()).isEqualTo("Training and an audit of the signposting.");
    }

    @Test
    void leavingWithAnUnsavedSummaryAsksFirstAndStaysUntilTheLeadChooses() {
        test(summary()).setValue(TYPED);

        UI.getCurrent().navigate("recommendations");

        assertThat(getCurrentView()).as("still on the plan").isInstanceOf(PlanView.class);
        ConfirmDialog ask = find(ConfirmDialog.class).single();
        assertThat(ask.getElement().getProperty("header")).isEqualTo("You have not saved your changes");
        assertThat(ask.getElement().getProperty("cancelText")).isEqualTo("Stay on this page");
        test(ask).confirm();
        assertThat(getCurrentView().getClass().getSimpleName()).startsWith("RegisterView");
    }

    @Test
    void savedTextLeavesWithoutAQuestion() {
        test(summary()).setValue(TYPED);
        test(find(Button.class).withText("Save summary").single()).click();

        UI.getCurrent().navigate("recommendations");

        assertThat(getCurrentView().getClass().getSimpleName()).startsWith("RegisterView");
        assertThat(savedSummary()).isEqualTo(TYPED);
    }

    private TextArea summary() {
        return find(TextArea.class).withLabel("Summary for the watchdog").single();
    }

    private String savedSummary() {
        return dsl.select(ACTION_PLAN.SUMMARY).from(ACTION_PLAN).where(ACTION_PLAN.ID.eq(planId)).fetchSingle().value1();
    }
}
