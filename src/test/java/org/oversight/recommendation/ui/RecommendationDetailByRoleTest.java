package org.oversight.recommendation.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oversight.db.Tables.RECOMMENDATION;
import static org.oversight.db.Tables.REPORT;
import static org.oversight.db.Tables.STATUS_CHANGE;
import static org.oversight.db.Tables.TRACKED_RECOMMENDATION;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.oversight.app.ui.ErrorView;
import org.oversight.recommendation.Status;
import org.oversight.testsupport.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** The detail page shows an item's history to everyone who may see it, and to each user only the moves they may make. */
@DatabaseTest
@Transactional
class RecommendationDetailByRoleTest extends SpringBrowserlessTest {

    @Autowired
    DSLContext dsl;

    /** A Surrey item of an HMICFRS report in the given status (the demo has one in every status). */
    long surreyItem(Status status) {
        return DemoItems.surreyItem(dsl, status);
    }

    void open(long id) {
        navigate("recommendations/" + id, RecommendationDetailView.class);
    }

    /** The moves offered: the one button, or the choices behind "Decide" (the dialog is closed again). */
    @SuppressWarnings("unchecked")
    List<String> offeredMoves() {
        var bar = find(Div.class).withClassName("transition-bar");
        if (!bar.exists()) {
            return List.of();
        }
        List<String> buttons = find(Button.class, bar.single()).all().stream().map(Button::getText).toList();
        if (!buttons.equals(List.of("Decide"))) {
            return buttons;
        }
        test(find(Button.class, bar.single()).single()).click();
        var dialog = find(com.vaadin.flow.component.dialog.Dialog.class).single();
        var group = (com.vaadin.flow.component.radiobutton.RadioButtonGroup<org.oversight.base.ui.DecideDialog.Choice<?>>)
                find(com.vaadin.flow.component.radiobutton.RadioButtonGroup.class).from(dialog).single();
        List<String> labels = group.getListDataView().getItems().map(org.oversight.base.ui.DecideDialog.Choice::label).toList();
        dialog.close();
        return labels;
    }

    @Test
    @WithUserDetails("hmicfrs")
    void theIssuingWatchdogDecidesOnASubmittedPlan() {
        open(surreyItem(Status.PLAN_SUBMITTED));

        assertThat(offeredMoves()).containsExactly("Accept the plan", "Return the plan", "Close as not implemented",
                "Close with no further action", "Mark as superseded");
        assertThat(find(Span.class).withClassName("status-badge").withText("Plan submitted").exists()).isTrue();
    }

    @Test
    @WithUserDetails("surrey")
    void theForceLeadCannotDecideOnTheirOwnPlan() {
        open(surreyItem(Status.PLAN_SUBMITTED));

        assertThat(offeredMoves()).isEmpty();
        assertThat(find(H1.class).first().getText()).endsWith("Surrey Police");
    }

    @Test
    @WithUserDetails("surrey")
    void theForceLeadReportsCompletionOnceThePlanIsAccepted() {
        open(surreyItem(Status.IN_PROGRESS));

        assertThat(offeredMoves()).containsExactly("Tell the watchdog it is done");
    }

    @Test
    @WithUserDetails("chief.surrey")
    void theChiefOfficerReadsButDoesNotAct() {
        long id = surreyItem(Status.IN_PROGRESS);
        open(id);

        assertThat(offeredMoves()).isEmpty();
        int changes = dsl.fetchCount(STATUS_CHANGE, STATUS_CHANGE.TRACKED_RECOMMENDATION_ID.eq(id));
        assertThat(historyShown()).hasSize(Math.min(changes, RecommendationDetailView.RECENT_CHANGES));
        assertThat(allHistory()).as("the earlier changes, once opened").hasSize(changes);
    }

    @Test
    @WithUserDetails("hmicfrs")
    void theLatestChangesAreShownAndTheEarlierOnesFoldedAway() {
        long id = surreyItem(Status.PLAN_SUBMITTED);
        for (Status s : List.of(Status.PLAN_AWAITED, Status.PLAN_SUBMITTED, Status.PLAN_AWAITED, Status.PLAN_SUBMITTED)) {
            dsl.insertInto(STATUS_CHANGE).set(STATUS_CHANGE.TRACKED_RECOMMENDATION_ID, id).set(STATUS_CHANGE.TO_STATUS, s)
                    .set(STATUS_CHANGE.CHANGED_AT, java.time.OffsetDateTime.now()).execute();
        }
        int changes = dsl.fetchCount(STATUS_CHANGE, STATUS_CHANGE.TRACKED_RECOMMENDATION_ID.eq(id));
        open(id);

        assertThat(historyShown()).hasSize(RecommendationDetailView.RECENT_CHANGES);
        Details earlier = find(Details.class).withClassName("earlier-changes").single();
        assertThat(earlier.getSummaryText()).isEqualTo("Earlier changes (" + (changes - RecommendationDetailView.RECENT_CHANGES) + ")");
        assertThat(allHistory()).hasSize(changes);
    }

    @Test
    @WithUserDetails("iopc")
    void anotherWatchdogReadsButDoesNotAct() {
        open(surreyItem(Status.REPORTED_COMPLETE));

        assertThat(offeredMoves()).isEmpty();
    }

    @Test
    @WithUserDetails("hmicfrs")
    void theIssuingWatchdogVerifiesOrReturnsAClaim() {
        open(surreyItem(Status.REPORTED_COMPLETE));

        assertThat(offeredMoves()).containsExactly("Verify as implemented", "Return the completion claim",
                "Close as not implemented", "Close with no further action", "Mark as superseded");
    }

    @Test
    @WithUserDetails("devon")
    void anotherForcesItemIsNotFoundRatherThanAnError() {
        navigate("recommendations/" + surreyItem(Status.IN_PROGRESS), ErrorView.PageNotFound.class);

        assertThat(find(H1.class).withText("Page not found").exists()).isTrue();
        assertThat(find(Div.class).withClassName("transition-bar").exists()).isFalse();
        assertThat(find(H1.class).withTextContaining("Surrey Police").exists()).as("nothing of the item").isFalse();
    }

    @Test
    @WithUserDetails("hmicfrs")
    void anIdThatIsNotANumberIsNotFoundEither() {
        navigate("recommendations/not-a-number", ErrorView.PageNotFound.class);

        assertThat(find(H1.class).withText("Page not found").exists()).isTrue();
    }

    @Test
    @WithUserDetails("hmicfrs")
    void returningAPlanNeedsAReasonWhichThenShowsInTheHistory() {
        long id = surreyItem(Status.PLAN_SUBMITTED);
        open(id);
        int historyBefore = allHistory().size();

        test(find(Button.class).withText("Decide").single()).click();
        Dialog dialog = find(Dialog.class).single();
        @SuppressWarnings("unchecked")
        var choices = (com.vaadin.flow.component.radiobutton.RadioButtonGroup<org.oversight.base.ui.DecideDialog.Choice<?>>)
                find(com.vaadin.flow.component.radiobutton.RadioButtonGroup.class).from(dialog).single();
        choices.setValue(choices.getListDataView().getItems().filter(c -> c.label().equals("Return the plan")).findFirst().orElseThrow());
        TextArea reason = find(TextArea.class, dialog).withLabel("Reason").single();
        test(find(Button.class, dialog).withText("Confirm decision").single()).click();

        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("Give a reason: it is kept in the history.");
        assertThat(dsl.select(TRACKED_RECOMMENDATION.STATUS).from(TRACKED_RECOMMENDATION).where(TRACKED_RECOMMENDATION.ID.eq(id))
                .fetchSingle().value1()).isEqualTo(Status.PLAN_SUBMITTED);

        test(reason).setValue("The plan has no dates for the training actions.");
        test(find(Button.class, dialog).withText("Confirm decision").single()).click();

        assertThat(find(Dialog.class).exists()).isFalse();
        assertThat(find(Div.class).withClassName("detail-head").single().getChildren()
                .anyMatch(c -> c instanceof Span s && s.getText().equals("Action plan due"))).isTrue();
        assertThat(allHistory()).hasSize(historyBefore + 1);
        assertThat(find(Div.class, historyShown().getFirst()).withClassName("history-why").single().getText())
                .isEqualTo("The plan has no dates for the training actions.");
        assertThat(offeredMoves()).doesNotContain("Accept the plan");
    }

    @Test
    @WithUserDetails("surrey")
    void theActionsAnsweringAnItemAreShownWithTheirEvidence() {
        long breck = dsl.select(TRACKED_RECOMMENDATION.ID).from(TRACKED_RECOMMENDATION)
                .join(RECOMMENDATION).on(RECOMMENDATION.ID.eq(TRACKED_RECOMMENDATION.RECOMMENDATION_ID))
                .join(REPORT).on(REPORT.ID.eq(RECOMMENDATION.REPORT_ID))
                .where(REPORT.REFERENCE.eq("IPCC-2015-001")).and(RECOMMENDATION.NUMBER.eq("2")).fetchSingle(TRACKED_RECOMMENDATION.ID);
        open(breck);

        assertThat(find(Div.class).withClassName("action-title").all()).extracting(Div::getText)
                .contains("Child sexual exploitation and grooming checklist in the contact centre",
                        "Dedicated training day for contact centre staff");
        assertThat(find(Span.class).withText("Due 30 Jun 2016 (originally 30 Apr 2016)").exists()).isTrue();
        Anchor evidence = find(Anchor.class).withText("cse-grooming-checklist-v2.pdf").single();
        assertThat(evidence.getHref()).matches("/evidence/\\d+");
        assertThat(find(Anchor.class).withTextContaining("IPCC-2015-001").single().getHref()).matches("reports/\\d+");
    }

    /** The status changes the page shows without opening anything, newest first. */
    private List<Div> historyShown() {
        return find(Div.class).withClassName("history-entry").all();
    }

    /** Every status change on the page, after opening the earlier ones where they are folded away. */
    private List<Div> allHistory() {
        find(Details.class).withClassName("earlier-changes").all().forEach(d -> d.setOpened(true));
        return find(Div.class).withClassName("history-entry").all();
    }
}
