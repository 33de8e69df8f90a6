package org.oversight.actionplan.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oversight.db.Tables.PROGRESS_UPDATE;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oversight.actionplan.PlanFixtures;
import org.oversight.testsupport.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/**
 * Surrey's lead posts updates on a recommendation of an agreed plan. The item's row shows how many there are now and
 * lists them when opened; the rest of the page, which an item's update does not change, is the page it was (decision
 * 0144): the "Post update" button the lead comes back to is where it was.
 */
@DatabaseTest
@Transactional
@WithUserDetails("surrey")
class ForceLeadPostsAnUpdateOnAnItemTest extends SpringBrowserlessTest {

    @Autowired PlanFixtures fx;
    @Autowired DSLContext dsl;
    PlanFixtures.AcceptedPlan plan;
    Div row;
    Button postUpdate;

    @BeforeEach
    void openThePlan() {
        plan = fx.acceptedPlanOnAFreshItem("surrey", "SURREY", "Train the call handlers");
        navigate(PlanView.class, plan.planId());
        row = find(Div.class).withClassName("item-row").single();
        postUpdate = find(Button.class).from(row).withText("Post update").single();
    }

    @Test
    void theItemsRowCountsAndListsTheUpdatesAndTheRestOfThePageStays() {
        ActionCard card = find(ActionCard.class).single();
        assertThat(find(Details.class).from(row).exists()).as("no updates yet").isFalse();

        post("Call handlers briefed on the new risk prompt.");

        assertThat(find(Dialog.class).exists()).isFalse();
        assertThat(dsl.fetchCount(PROGRESS_UPDATE, PROGRESS_UPDATE.TRACKED_RECOMMENDATION_ID.eq(plan.item()))).isEqualTo(1);
        Details updates = find(Details.class).from(row).single();
        assertThat(updates.getSummaryText()).isEqualTo("Updates on the recommendation (1)");
        assertThat(card.isAttached()).as("the action card is the one shown before").isTrue();
        assertThat(postUpdate.isAttached()).as("the button the lead clicked is still there").isTrue();
        assertThat(find(Notification.class).all()).filteredOn(n -> test(n).getText().equals("Update posted."))
                .extracting(Notification::getPosition).as("said at the bottom's far end, clear of the side menu's Sign out")
                .containsExactly(Notification.Position.BOTTOM_END);

        post("Half the call handlers trained.");

        updates = find(Details.class).from(row).single();
        assertThat(updates.getSummaryText()).isEqualTo("Updates on the recommendation (2)");
        updates.setOpened(true); // as the lead opens it
        assertThat(find(Paragraph.class).from(updates).all()).extracting(Paragraph::getText)
                .containsSubsequence("Half the call handlers trained.", "Call handlers briefed on the new risk prompt.");
    }

    @Test
    void thePageBuiltAfreshShowsTheSameCount() {
        post("Call handlers briefed on the new risk prompt.");
        String shown = find(Details.class).from(row).single().getSummaryText();

        navigate(PlanView.class, plan.planId());

        Div fresh = find(Div.class).withClassName("item-row").single();
        assertThat(find(Details.class).from(fresh).single().getSummaryText()).isEqualTo(shown);
    }

    private void post(String text) {
        test(postUpdate).click();
        Dialog dialog = find(Dialog.class).single();
        test(find(TextArea.class).from(dialog).withLabel("What has happened").single()).setValue(text);
        test(find(Button.class).from(dialog).withText("Post update").single()).click();
    }
}
