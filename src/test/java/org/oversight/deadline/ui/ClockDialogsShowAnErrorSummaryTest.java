package org.oversight.deadline.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oversight.db.Tables.CLOCK_EXTENSION;
import static org.oversight.db.Tables.CLOCK_PAUSE;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.oversight.base.Formats;
import org.oversight.base.i18n.Language;
import org.oversight.base.ui.ErrorSummary;
import org.oversight.deadline.TestItems;
import org.oversight.deadline.internal.ClockSync;
import org.oversight.recommendation.RecommendationKind;
import org.oversight.recommendation.ReportKind;
import org.oversight.testsupport.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/**
 * The due-date and reason dialogs of a clock say what is wrong the GOV.UK way: an error summary at the top, each
 * entry a link to its field, and the message on the field; nothing is saved. And a Welsh reader reads it all in Welsh.
 */
@DatabaseTest
@Transactional
@WithUserDetails("iopc")
class ClockDialogsShowAnErrorSummaryTest extends SpringBrowserlessTest {

    @Autowired DSLContext dsl;
    @Autowired ClockSync sync;
    @Autowired Clock clock;

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private long learningRecommendationMadeDaysAgo(int days) {
        return new TestItems(dsl, sync).item("IOPC", ReportKind.INVESTIGATION, RecommendationKind.LEARNING_RECOMMENDATION,
                today().minusDays(days), "SURREY", today());
    }

    @Test
    void anExtensionWithoutADateOrReasonListsBothLinkedToTheirFieldsAndSavesNothing() {
        long item = learningRecommendationMadeDaysAgo(20);
        int before = dsl.fetchCount(CLOCK_EXTENSION);
        navigate(ItemClocksView.class, item);
        test(find(Button.class).withText("Grant an extension").single()).click();
        test(find(Button.class).withText("Grant extension").single()).click();

        ErrorSummary summary = find(ErrorSummary.class).single();
        assertThat(summary.isVisible()).isTrue();
        assertThat(summary.messages()).containsExactly("Enter the new due date.", "Give the reason for the extension.");
        DatePicker newDue = find(DatePicker.class).withLabel("New due date").single();
        TextArea reason = find(TextArea.class).withLabel("Reason").single();
        assertThat(newDue.getErrorMessage()).isEqualTo("Enter the new due date.");
        assertThat(reason.isInvalid()).isTrue();
        assertThat(links(summary)).containsExactly("#" + newDue.getId().orElseThrow(), "#" + reason.getId().orElseThrow());
        assertThat(dsl.fetchCount(CLOCK_EXTENSION)).isEqualTo(before);
    }

    @Test
    void aRefusedLateApplicationIsInTheSummaryAndOnItsField() {
        long item = learningRecommendationMadeDaysAgo(70);
        int before = dsl.fetchCount(CLOCK_EXTENSION);
        navigate(ItemClocksView.class, item);
        test(find(Button.class).withText("Grant an extension").single()).click();
        test(find(DatePicker.class).withLabel("New due date").single()).setValue(today().plusDays(30));
        test(find(TextArea.class).withLabel("Reason").single()).setValue("The force asked late");
        test(find(Button.class).withText("Grant extension").single()).click();

        ErrorSummary summary = find(ErrorSummary.class).single();
        DatePicker received = find(DatePicker.class).withLabel("Application received on").single();
        assertThat(summary.messages()).singleElement().asString().contains("after the period ended");
        assertThat(links(summary)).containsExactly("#" + received.getId().orElseThrow());
        assertThat(received.getErrorMessage()).isEqualTo(summary.messages().getFirst());
        assertThat(dsl.fetchCount(CLOCK_EXTENSION)).isEqualTo(before);
    }

    @Test
    void aPauseWithoutItsReasonIsRefusedWithTheSummary() {
        long item = learningRecommendationMadeDaysAgo(20);
        int before = dsl.fetchCount(CLOCK_PAUSE);
        navigate(ItemClocksView.class, item);
        test(find(Button.class).withText("Record a pause").single()).click();
        test(find(Button.class).withText("Record pause").single()).click();

        ErrorSummary summary = find(ErrorSummary.class).single();
        assertThat(summary.messages()).as("the first day starts as today").containsExactly("Give the reason for the pause.");
        TextArea reason = find(TextArea.class).withLabel("Reason").single();
        assertThat(reason.getErrorMessage()).isEqualTo("Give the reason for the pause.");
        assertThat(links(summary)).containsExactly("#" + reason.getId().orElseThrow());
        assertThat(dsl.fetchCount(CLOCK_PAUSE)).isEqualTo(before);
    }

    @Test
    void aWelshReaderSeesTheClockAndItsRefusalsInWelsh() {
        long item = learningRecommendationMadeDaysAgo(70);
        UI.getCurrent().setLocale(Language.WELSH.locale());
        navigate(ItemClocksView.class, item);

        assertThat(find(H1.class).single().getText()).startsWith("Manylion y terfyn amser: Argymhelliad ");
        String made = Language.WELSH.speak(() -> Formats.date(today().minusDays(70)));
        assertThat(find(Paragraph.class).withClassName("clock-explanation").all()).extracting(Paragraph::getText)
                .anyMatch(t -> t.startsWith("Gwnaed " + made + ", 56 diwrnod gan ddechrau â'r diwrnod hwnnw"));
        assertThat(Language.WELSH.speak(() -> org.oversight.base.i18n.Messages.t("deadline.explain.working-days", 2)))
                .isEqualTo("2 ddiwrnod gwaith");

        test(find(Button.class).withText("Rhoi estyniad").single()).click();
        test(find(DatePicker.class).withLabel("Dyddiad dyledus newydd").single()).setValue(today().plusDays(30));
        test(find(TextArea.class).withLabel("Rheswm").single()).setValue("Gofynnodd yr heddlu yn hwyr");
        test(find(Button.class).withText("Rhoi'r estyniad").single()).click();

        ErrorSummary summary = find(ErrorSummary.class).single();
        String received = Language.WELSH.speak(() -> Formats.longDate(today()));
        assertThat(summary.messages()).singleElement().asString()
                .startsWith("Daeth y cais am estyniad i law ar " + received + ", ar ôl i'r cyfnod ddod i ben ar");
        assertThat(find(DatePicker.class).withLabel("Cais wedi dod i law ar").single().getI18n().getMonthNames())
                .startsWith("Ionawr");
    }

    private static List<String> links(ErrorSummary summary) {
        return summary.getChildren().flatMap(Component::getChildren).flatMap(Component::getChildren)
                .filter(Anchor.class::isInstance).map(a -> ((Anchor) a).getHref()).toList();
    }
}
