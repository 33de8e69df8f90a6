package org.oversight.actionplan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.oversight.actionplan.PlanFixtures;
import org.oversight.actionplan.PlanStatus;
import org.oversight.app.ui.ErrorView;
import org.oversight.base.ui.DecideDialog;
import org.oversight.recommendation.Status;
import org.oversight.testsupport.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

@DatabaseTest
@Transactional
class ForceLeadEditsPlanTest extends SpringBrowserlessTest {

    @Autowired PlanFixtures fx;

    @Test
    @WithUserDetails("surrey")
    void leadAddsAnActionAnsweringTheMissingRecommendationAndSubmitsThePlan() {
        long planId = fx.plan(PlanFixtures.SURREY_MISSING_PERSON, "SURREY");
        navigate(PlanView.class, planId);
        assertThat(find(Span.class).withText("No action answers it yet.").exists()).isTrue();

        test(find(Button.class).withText("Add action").single()).click();
        Dialog dialog = find(Dialog.class).single();
        test(find(TextField.class).from(dialog).withLabel("Title").single()).setValue("Review grading training for autistic children");
        test(find(TextField.class).from(dialog).withLabel("Owner").single()).setValue("Contact Centre Training Manager");
        test(find(DatePicker.class).from(dialog).withLabel("Due date").single()).setValue(LocalDate.now().plusMonths(3));
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<org.oversight.actionplan.PlanItem> picker =
                find(MultiSelectComboBox.class).from(dialog).withLabel("Answers recommendations").single();
        var answers = test(picker);
        String rec2 = answers.getSuggestions().stream().filter(s -> s.startsWith("Recommendation 2:")).findFirst().orElseThrow();
        answers.selectItem(rec2);
        test(find(TextArea.class).from(dialog).withLabel("Description").single()).setValue("With the local autism partnership board.");
        test(find(Button.class).from(dialog).withText("Add action").single()).click();

        assertThat(find(Dialog.class).exists()).as("the dialog closed after saving").isFalse();
        assertThat(find(H4.class).withText("Review grading training for autistic children").exists()).isTrue();
        assertThat(find(Span.class).withText("No action answers it yet.").exists()).isFalse();

        test(find(Button.class).withText("Submit to the watchdog").single()).click();
        test(find(ConfirmDialog.class).single()).confirm();

        assertThat(find(Span.class).withText("Awaiting the watchdog's decision").exists()).isTrue();
        assertThat(find(Button.class).withText("Add action").exists()).as("a submitted plan is locked").isFalse();
        assertThat(fx.planStatus(planId)).isEqualTo(PlanStatus.SUBMITTED);
        assertThat(fx.itemStatus(fx.item(PlanFixtures.SURREY_MISSING_PERSON, "2", "SURREY"))).isEqualTo(Status.PLAN_SUBMITTED);
    }

    @Test
    @WithUserDetails("surrey")
    void anActionWithoutTitleOrRecommendationIsNotSavedAndTheFieldsSayWhy() {
        long planId = fx.plan(PlanFixtures.SURREY_MISSING_PERSON, "SURREY");
        navigate(PlanView.class, planId);
        int actionsBefore = find(H4.class).all().size();

        test(find(Button.class).withText("Add action").single()).click();
        Dialog dialog = find(Dialog.class).single();
        test(find(Button.class).from(dialog).withText("Add action").single()).click();

        TextField title = find(TextField.class).from(dialog).withLabel("Title").single();
        assertThat(title.isInvalid()).isTrue();
        assertThat(title.getErrorMessage()).isEqualTo("Give the action a short title.");
        assertThat(find(MultiSelectComboBox.class).from(dialog).single().getErrorMessage())
                .isEqualTo("Choose the recommendations this action answers.");
        assertThat(find(Dialog.class).exists()).isTrue();
        test(find(Button.class).from(dialog).withText("Cancel").single()).click();
        assertThat(find(H4.class).all()).hasSize(actionsBefore);
    }

    @Test
    @WithUserDetails("hmicfrs")
    void theWatchdogReturnsAPlanWithReasonsShownToTheForce() {
        long planId = fx.plan(PlanFixtures.SURREY_CONTACT_MANAGEMENT, "SURREY");
        navigate(PlanView.class, planId);

        test(find(Button.class).withText("Decide").single()).click();
        Dialog dialog = find(Dialog.class).single();
        @SuppressWarnings("unchecked")
        RadioButtonGroup<DecideDialog.Choice<PlanStatus>> choices = find(RadioButtonGroup.class).from(dialog).single();
        choices.setValue(choices.getListDataView().getItems().filter(c -> c.label().equals("Return it with reasons")).findFirst().orElseThrow());
        test(find(TextArea.class).from(dialog).withLabel("What must change").single()).setValue("Add dates for the supervisor queue.");
        test(find(Button.class).from(dialog).withText("Confirm decision").single()).click();

        assertThat(find(Span.class).withText("Returned for revision").exists()).isTrue();
        assertThat(find(Span.class).withTextContaining("Reasons: Add dates for the supervisor queue.").exists()).isTrue();
        assertThat(fx.itemStatus(fx.item(PlanFixtures.SURREY_CONTACT_MANAGEMENT, "1", "SURREY"))).isEqualTo(Status.PLAN_AWAITED);
    }

    @Test
    @WithUserDetails("devon")
    void anotherForcesPlanIsNotShown() {
        navigate("plans/" + fx.plan(PlanFixtures.SURREY_MISSING_PERSON, "SURREY"), ErrorView.PageNotFound.class);

        assertThat(find(H1.class).withText("Page not found").exists()).isTrue();
        assertThat(find(H4.class).exists()).isFalse();
    }
}
