package org.oversight.actionplan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.Element;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.oversight.actionplan.NewUpdate;
import org.oversight.actionplan.PlanFixtures;
import org.oversight.actionplan.ProgressService;
import org.oversight.base.SubmissionKey;
import org.oversight.testsupport.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every component of an open page is kept in the session of the person who has it open, so a plan whose item and
 * action have many updates must not cost more until someone opens their history (decision 0116): before, each
 * update was five components whether its "History" was opened or not, and a plan with hundreds of updates kept
 * megabytes in every session that showed it. Since decision 0136 the updates are also read only when opened
 * (the page carries their counts), so a closed history keeps none of them in the session either.
 */
@DatabaseTest
@Transactional
@WithUserDetails("surrey")
class LongHistoriesAreBuiltWhenOpenedTest extends SpringBrowserlessTest {

    @Autowired PlanFixtures fx;
    @Autowired ProgressService progress;

    @Test
    void aPlanWithThirtyUpdatesKeepsNoMoreComponentsThanWithOneUntilItsHistoriesAreOpened() {
        var plan = fx.acceptedPlanOnAFreshItem("surrey", "SURREY", "Train the call handlers");
        post(plan, 1);
        navigate(PlanView.class, plan.planId());
        int withOne = elements(UI.getCurrent().getElement());

        post(plan, 29);
        navigate(PlanView.class, plan.planId());

        assertThat(elements(UI.getCurrent().getElement())).as("elements on the page with 30 updates on the item and "
                + "30 on the action, histories closed, against 1 each").isEqualTo(withOne);
        List<Details> histories = find(Details.class).all();
        assertThat(histories).extracting(Details::getSummaryText)
                .contains("History: 30 updates", "Updates on the recommendation (30)");
        assertThat(find(Div.class).withClassName("update-entry").exists()).isFalse();

        histories.forEach(h -> h.setOpened(true)); // as the reader opens them
        assertThat(find(Div.class).withClassName("update-entry").all()).hasSize(60);
        assertThat(find(Paragraph.class).withText("Item update 30").exists()).isTrue();
        assertThat(find(Paragraph.class).withText("Action update 1").exists()).isTrue();

        histories.forEach(h -> h.setOpened(false));
        histories.forEach(h -> h.setOpened(true));
        assertThat(find(Div.class).withClassName("update-entry").all()).as("opened again: built once").hasSize(60);
    }

    private int posted;

    private void post(PlanFixtures.AcceptedPlan plan, int count) {
        int before = posted;
        for (int i = before + 1; i <= before + count; i++) {
            progress.postItemUpdate(plan.item(), new NewUpdate("Item update " + i, null, null, null, List.of()),
                    SubmissionKey.fresh());
            progress.postActionUpdate(plan.actionId(), new NewUpdate("Action update " + i, 10, null, null, List.of()),
                    SubmissionKey.fresh());
        }
        posted += count;
    }

    /** The element and all below it: what the session keeps of a page is proportional to this. */
    static int elements(Element element) {
        return 1 + element.getChildren().mapToInt(LongHistoriesAreBuiltWhenOpenedTest::elements).sum();
    }
}
