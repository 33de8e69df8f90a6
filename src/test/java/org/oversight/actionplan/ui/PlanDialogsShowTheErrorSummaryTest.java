package org.oversight.actionplan.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oversight.db.Tables.ACTION;
import static org.oversight.db.Tables.PROGRESS_UPDATE;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.oversight.actionplan.PlanFixtures;
import org.oversight.base.ui.ErrorSummary;
import org.oversight.testsupport.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/**
 * The action and progress update dialogs say what is wrong the GOV.UK way: a summary at the top linking to each
 * field, the message on the field, and nothing saved.
 */
@DatabaseTest
@Transactional
@WithUserDetails("surrey")
class PlanDialogsShowTheErrorSummaryTest extends SpringBrowserlessTest {

    @Autowired PlanFixtures fx;
    @Autowired DSLContext dsl;

    @Test
    void anActionWithoutAnOwnerIsRefusedInTheSummaryAndOnTheField() {
        var plan = fx.acceptedPlanOnAFreshItem("surrey", "SURREY", "Train call handlers");
        int actions = dsl.fetchCount(ACTION, ACTION.PLAN_ID.eq(plan.planId()));
        navigate(PlanView.class, plan.planId());
        test(find(Button.class).withText("Add action").single()).click();
        Dialog dialog = find(Dialog.class).single();
        test(find(TextField.class).from(dialog).withLabel("Title").single()).setValue("Audit the call grading");

        test(find(Button.class).from(dialog).withText("Add action").single()).click();

        TextField owner = find(TextField.class).from(dialog).withLabel("Owner").single();
        String message = "Say who owns the action: a name or a role.";
        assertThat(owner.isInvalid()).isTrue();
        assertThat(owner.getErrorMessage()).isEqualTo(message);
        ErrorSummary summary = find(ErrorSummary.class).from(dialog).single();
        assertThat(summary.isVisible()).isTrue();
        assertThat(linkTo(summary, owner.getId().orElseThrow())).isEqualTo(message);
        assertThat(find(Dialog.class).exists()).as("the dialog stays open").isTrue();
        assertThat(dsl.fetchCount(ACTION, ACTION.PLAN_ID.eq(plan.planId()))).as("nothing saved").isEqualTo(actions);
    }

    @Test
    void anUpdateWithoutTextIsTheServicesMessageInTheSummaryAndOnTheField() {
        var plan = fx.acceptedPlanOnAFreshItem("surrey", "SURREY", "Train call handlers");
        navigate(PlanView.class, plan.planId());
        test(find(Button.class).from(find(ActionCard.class).single()).withText("Post update").single()).click();
        Dialog dialog = find(Dialog.class).single();

        test(find(Button.class).from(dialog).withText("Post update").single()).click();

        TextArea body = find(TextArea.class).from(dialog).withLabel("What has happened").single();
        String message = "Say what has happened: the update is kept with its date.";
        assertThat(body.getErrorMessage()).isEqualTo(message);
        ErrorSummary summary = find(ErrorSummary.class).from(dialog).single();
        assertThat(summary.isVisible()).isTrue();
        assertThat(linkTo(summary, body.getId().orElseThrow())).isEqualTo(message);
        assertThat(dsl.fetchCount(PROGRESS_UPDATE, PROGRESS_UPDATE.ACTION_ID.eq(plan.actionId()))).as("nothing saved").isZero();
    }

    private String linkTo(ErrorSummary summary, String fieldId) {
        return find(Anchor.class).from(summary).all().stream().filter(a -> ("#" + fieldId).equals(a.getHref()))
                .map(Anchor::getText).findFirst().orElse("(no link to " + fieldId + ")");
    }
}
