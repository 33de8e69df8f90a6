package org.oversight.notification.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;
import org.oversight.actionplan.ActionPlanService;
import org.oversight.actionplan.PlanFixtures;
import org.oversight.notification.InboxService;
import org.oversight.testsupport.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

@DatabaseTest
@Transactional
class InboxShowsWhatNeedsYouTest extends SpringBrowserlessTest {

    @Autowired PlanFixtures fx;
    @Autowired ActionPlanService plans;
    @Autowired InboxService inbox;

    @Test
    @WithUserDetails("surrey")
    void aForceLeadFindsTheReturnedPlanUnderNeedsYouAndItsLinkLandsOnThePlan() {
        long planId = fx.plan(PlanFixtures.SURREY_CONTACT_MANAGEMENT, "SURREY");
        int unreadBefore = inbox.unreadCount();
        fx.signIn("hmicfrs");
        plans.returnPlan(planId, "Name an owner for each action.", fx.planVersion(planId));
        fx.signIn("surrey");
        assertThat(inbox.unreadCount()).isEqualTo(unreadBefore + 1);

        navigate(InboxView.class);
        assertThat(bellUnread()).as("the bell counts the unread decision").isEqualTo(String.valueOf(unreadBefore + 1));
        Div needsYou = section("Needs you");
        Anchor entry = find(Anchor.class).from(needsYou)
                .withCondition(a -> a.getText().startsWith("Your action plan is returned: the action plan of Surrey Police for "
                        + PlanFixtures.SURREY_CONTACT_MANAGEMENT)).single();
        assertThat(find(Span.class).from(needsYou).withText("Name an owner for each action.").exists()
                || needsYou.getElement().getTextRecursively().contains("Name an owner for each action.")).isTrue();

        assertThat(entry.getElement().hasAttribute("router-ignore"))
                .as("a full request, so the redirect shows the plan's own address").isTrue();
        long entryId = Long.parseLong(entry.getHref().substring("inbox/open/".length()));

        // what /inbox/open/{id} does (InboxOpenController; the journey follows the link in Chromium)
        assertThat(inbox.open(entryId)).contains("/plans/" + planId);
        assertThat(inbox.unreadCount()).as("opened, so read").isEqualTo(unreadBefore);
    }

    @Test
    @WithUserDetails("hmicfrs")
    void watchdogStaffFindASubmittedPlanUnderNeedsYouAndTheForceItsAcceptanceForInformation() {
        var plan = fx.acceptedPlanOnAFreshItem("surrey", "SURREY", "Refresh the call-handling checklist");
        fx.signIn("hmicfrs");

        navigate(InboxView.class);
        assertThat(find(Anchor.class).from(section("Needs you"))
                .withCondition(a -> a.getText().startsWith("An action plan is submitted: the action plan of Surrey Police")
                        && a.getHref().startsWith("inbox/open/")).exists()).isTrue();
        assertThat(section("For information").getElement().getTextRecursively())
                .doesNotContain("Your action plan is accepted").as("the watchdog is not told of its own decision");

        fx.signIn("surrey");
        navigate(InboxView.class);
        Anchor accepted = find(Anchor.class).from(section("For information"))
                .withCondition(a -> a.getText().startsWith("Your action plan is accepted")).single();
        long entryId = Long.parseLong(accepted.getHref().substring("inbox/open/".length()));
        assertThat(inbox.unreadCount()).isPositive();

        test(find(Button.class).withText("Mark all as read").single()).click();
        assertThat(inbox.unreadCount()).isZero();
        assertThat(find(H3.class).withText("Needs you").exists()).as("no unread count left in the headings").isTrue();

        fx.signIn("hmicfrs");
        assertThat(inbox.open(entryId)).as("someone else's entry is not there for them").isEmpty();
        assertThat(plan.planId()).isPositive();
    }

    private Div section(String heading) {
        return find(Div.class).withClassName("inbox-section")
                .withCondition(d -> d.getChildren().findFirst().filter(h -> h instanceof H3 h3 && h3.getText().startsWith(heading)).isPresent())
                .single();
    }

    private String bellUnread() {
        return find(Span.class).withClassName("inbox-unread-count").single().getText();
    }
}
