package org.oversight.actionplan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;
import org.oversight.actionplan.ActionPlanService;
import org.oversight.actionplan.PlanFixtures;
import org.oversight.testsupport.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

@DatabaseTest
@Transactional
@WithUserDetails("hmicfrs")
class WatchdogSeesWhatAResubmittedPlanChangedTest extends SpringBrowserlessTest {

    @Autowired PlanFixtures fx;
    @Autowired ActionPlanService plans;

    @Test
    void theResubmittedPlanListsTheChangesSinceItWasReturned() {
        long planId = fx.plan(PlanFixtures.SURREY_CONTACT_MANAGEMENT, "SURREY");
        navigate(PlanView.class, planId);
        assertThat(find(H3.class).withText("Changes since it was returned").exists())
                .as("a plan submitted for the first time has nothing to compare").isFalse();

        String ownerBefore = plans.plan(planId).actions().get(1).ownerName();
        fx.resubmittedContactManagementPlan();
        navigate(PlanView.class, planId);

        var section = find(ChangesSinceReturnSection.class).single();
        assertThat(find(H3.class).from(section).withText("Changes since it was returned").exists()).isTrue();
        assertThat(find(Paragraph.class).from(section).withCondition(p -> p.getText().endsWith(
                "Changed since it was returned: the summary, 1 action added, 1 action removed, 1 action changed.")).exists())
                .isTrue();
        assertThat(find(Paragraph.class).from(section).withText("Now: Audit a random sample of 200 calls each quarter.").exists())
                .isTrue();
        assertThat(find(ListItem.class).from(section).withCondition(li -> li.getText()
                .startsWith("Quarterly random sample audit (owner Head of Contact, due ")).exists()).isTrue();
        assertThat(find(ListItem.class).from(section).withCondition(li -> li.getText()
                .equals("Owner: " + ownerBefore + " → Superintendent Contact")).exists())
                .as("a changed field reads before → after").isTrue();
    }
}
