package org.oversight.deadline.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oversight.db.Tables.CLOCK_EXTENSION;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Clock;
import java.time.LocalDate;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oversight.deadline.TestItems;
import org.oversight.deadline.internal.ClockSync;
import org.oversight.recommendation.RecommendationKind;
import org.oversight.recommendation.ReportKind;
import org.oversight.testsupport.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

@DatabaseTest
@Transactional
@WithUserDetails("iopc")
class WatchdogIsToldWhyAnExtensionIsRefusedTest extends SpringBrowserlessTest {

    @Autowired
    DSLContext dsl;
    @Autowired
    ClockSync sync;
    @Autowired
    Clock clock;

    LocalDate today;
    TestItems items;

    @BeforeEach
    void setUp() {
        today = LocalDate.now(clock);
        items = new TestItems(dsl, sync);
    }

    @Test
    void aLateApplicationIsRefusedOnTheFormAndNothingIsSaved() {
        long item = items.item("IOPC", ReportKind.INVESTIGATION, RecommendationKind.LEARNING_RECOMMENDATION, today.minusDays(70), "SURREY", today);
        navigate(ItemClocksView.class, item);

        test(find(Button.class).withText("Grant an extension").single()).click();
        test(find(DatePicker.class).withLabel("New due date").single()).setValue(today.plusDays(30));
        test(find(TextArea.class).withLabel("Reason").single()).setValue("The force asked late");
        test(find(Button.class).withText("Grant extension").single()).click();

        DatePicker received = find(DatePicker.class).withLabel("Application received on").single();
        assertThat(received.isInvalid()).isTrue();
        assertThat(received.getErrorMessage()).startsWith("The application for an extension was received on")
                .contains("after the period ended");
        assertThat(dsl.fetchCount(CLOCK_EXTENSION)).isEqualTo(countBefore());
    }

    @Test
    void anApplicationInTimeMovesTheDueDateOnThePage() {
        long item = items.item("IOPC", ReportKind.INVESTIGATION, RecommendationKind.LEARNING_RECOMMENDATION, today.minusDays(20), "SURREY", today);
        navigate(ItemClocksView.class, item);

        test(find(Button.class).withText("Grant an extension").single()).click();
        test(find(DatePicker.class).withLabel("New due date").single()).setValue(today.plusDays(60));
        test(find(TextArea.class).withLabel("Reason").single()).setValue("Partners consulted");
        test(find(Button.class).withText("Grant extension").single()).click();

        assertThat(find(DatePicker.class).withLabel("New due date").exists()).as("dialog closed").isFalse();
        assertThat(items.dueOn(item)).isEqualTo(today.plusDays(60));
        assertThat(find(com.vaadin.flow.component.html.ListItem.class).withTextContaining("Partners consulted").exists()).isTrue();
    }

    @Test
    @WithUserDetails("surrey")
    void theRecipientSeesTheClockWithoutTheWatchdogsButtons() {
        long item = items.item("IOPC", ReportKind.INVESTIGATION, RecommendationKind.LEARNING_RECOMMENDATION, today.minusDays(20), "SURREY", today);
        navigate(ItemClocksView.class, item);

        assertThat(find(com.vaadin.flow.component.html.H3.class).withTextContaining("Response to the learning recommendation").exists()).isTrue();
        assertThat(find(Button.class).withText("Grant an extension").exists()).isFalse();
        assertThat(find(Button.class).withText("Record a pause").exists()).isFalse();
    }

    private int countBefore() {
        return dsl.fetchCount(CLOCK_EXTENSION);
    }
}
