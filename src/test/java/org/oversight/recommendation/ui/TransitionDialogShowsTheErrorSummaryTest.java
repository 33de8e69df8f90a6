package org.oversight.recommendation.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oversight.db.Tables.STATUS_CHANGE;
import static org.oversight.db.Tables.TRACKED_RECOMMENDATION;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.TextArea;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.oversight.base.i18n.Language;
import org.oversight.base.ui.ErrorSummary;
import org.oversight.recommendation.Status;
import org.oversight.testsupport.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register item's move dialog (one move offered: the force lead's "Tell the watchdog it is done") says what is
 * wrong the GOV.UK way: "There is a problem" at the top, its entry a link to the field, the same message on the
 * field, and nothing saved; in Welsh for a Welsh reader.
 */
@DatabaseTest
@Transactional
@WithUserDetails("surrey")
class TransitionDialogShowsTheErrorSummaryTest extends SpringBrowserlessTest {

    @Autowired DSLContext dsl;

    long item;

    private Dialog openTheMove(String button) {
        item = DemoItems.surreyItem(dsl, Status.IN_PROGRESS);
        navigate("recommendations/" + item, RecommendationDetailView.class);
        test(find(Button.class).withText(button).single()).click();
        return find(Dialog.class).single();
    }

    @Test
    void anEmptyCompletionSummaryIsInTheSummaryLinkedToItsFieldAndNothingIsSaved() {
        int changes = dsl.fetchCount(STATUS_CHANGE);
        Dialog dialog = openTheMove("Tell the watchdog it is done");
        assertThat(find(ErrorSummary.class, dialog).exists()).as("hidden until something is wrong").isFalse();

        test(find(Button.class, dialog).withText("Tell the watchdog it is done").single()).click();

        ErrorSummary summary = find(ErrorSummary.class, dialog).single();
        TextArea field = find(TextArea.class, dialog).withLabel("Completion summary").single();
        assertThat(summary.isVisible()).isTrue();
        assertThat(find(H2.class, summary).single().getText()).isEqualTo("There is a problem");
        assertThat(summary.messages()).containsExactly("Say what was done to implement the recommendation.");
        assertThat(find(Anchor.class, summary).single().getHref()).isEqualTo("#" + field.getId().orElseThrow());
        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getErrorMessage()).isEqualTo("Say what was done to implement the recommendation.");
        assertThat(find(Dialog.class).exists()).as("the dialog stays open with what was typed").isTrue();
        assertThat(statusOfTheItem()).isEqualTo(Status.IN_PROGRESS);
        assertThat(dsl.fetchCount(STATUS_CHANGE)).isEqualTo(changes);
    }

    @Test
    void mendingTheFieldClearsTheSummaryAndMakesTheMove() {
        Dialog dialog = openTheMove("Tell the watchdog it is done");
        test(find(Button.class, dialog).withText("Tell the watchdog it is done").single()).click();

        test(find(TextArea.class, dialog).withLabel("Completion summary").single())
                .setValue("Every call handler has taken the new grooming course.");
        test(find(Button.class, dialog).withText("Tell the watchdog it is done").single()).click();

        assertThat(find(Dialog.class).exists()).isFalse();
        assertThat(statusOfTheItem()).isEqualTo(Status.REPORTED_COMPLETE);
    }

    @Test
    void aMoveSomeoneElseMadeMeanwhileIsInTheSummaryNotAFadingMessage() {
        Dialog dialog = openTheMove("Tell the watchdog it is done");
        dsl.update(TRACKED_RECOMMENDATION).set(TRACKED_RECOMMENDATION.VERSION, TRACKED_RECOMMENDATION.VERSION.plus(1))
                .where(TRACKED_RECOMMENDATION.ID.eq(item)).execute();

        test(find(TextArea.class, dialog).withLabel("Completion summary").single()).setValue("All done.");
        test(find(Button.class, dialog).withText("Tell the watchdog it is done").single()).click();

        ErrorSummary summary = find(ErrorSummary.class, dialog).single();
        assertThat(summary.isVisible()).isTrue();
        assertThat(summary.messages()).singleElement().asString().contains("after you opened it");
        assertThat(find(TextArea.class, dialog).withLabel("Completion summary").single().getValue()).isEqualTo("All done.");
        assertThat(statusOfTheItem()).isEqualTo(Status.IN_PROGRESS);
    }

    @Test
    void aWelshReaderReadsTheSummaryInWelsh() {
        UI.getCurrent().setLocale(Language.WELSH.locale());
        Dialog dialog = openTheMove("Dweud wrth y corff gwarchod ei fod wedi'i wneud");

        test(find(Button.class, dialog).withText("Dweud wrth y corff gwarchod ei fod wedi'i wneud").single()).click();

        ErrorSummary summary = find(ErrorSummary.class, dialog).single();
        TextArea field = find(TextArea.class, dialog).withLabel("Crynodeb cwblhau").single();
        assertThat(find(H2.class, summary).single().getText()).isEqualTo("Mae problem wedi codi");
        assertThat(summary.messages()).containsExactly("Dywedwch beth a wnaed i weithredu'r argymhelliad.");
        assertThat(field.getErrorMessage()).isEqualTo("Dywedwch beth a wnaed i weithredu'r argymhelliad.");
        assertThat(find(Anchor.class, summary).single().getHref()).isEqualTo("#" + field.getId().orElseThrow());
        assertThat(statusOfTheItem()).isEqualTo(Status.IN_PROGRESS);
    }

    private Status statusOfTheItem() {
        return dsl.select(TRACKED_RECOMMENDATION.STATUS).from(TRACKED_RECOMMENDATION)
                .where(TRACKED_RECOMMENDATION.ID.eq(item)).fetchSingle(TRACKED_RECOMMENDATION.STATUS);
    }
}
