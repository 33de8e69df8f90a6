package org.oversight.report.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oversight.db.Tables.RECOMMENDATION;
import static org.oversight.db.Tables.REPORT;
import static org.oversight.db.Tables.TRACKED_RECOMMENDATION;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Clock;
import java.time.LocalDate;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.oversight.recommendation.Status;
import org.oversight.testsupport.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** An inspector records a report and a recommendation to every force, through the screens, and sees 44 items open. */
@DatabaseTest
@Transactional
class WatchdogRecordsANationalReportOnScreenTest extends SpringBrowserlessTest {

    @Autowired
    DSLContext dsl;
    @Autowired
    Clock clock;

    @Test
    @WithUserDetails("hmicfrs")
    void anInspectorRecordsAReportAndSendsARecommendationToAllForces() {
        navigate(ReportListView.class);
        test(find(Button.class).withText("New report").single()).click();
        Dialog reportDialog = find(Dialog.class).single();
        test(combo(reportDialog, "Kind")).selectItem("Inspection");
        test(find(TextField.class, reportDialog).withLabel("Title").single()).setValue("Missing children: a second look");
        test(find(TextField.class, reportDialog).withLabel("Reference").single()).setValue("HMICFRS-UI-TEST-1");
        test(find(DatePicker.class, reportDialog).withLabel("Published").single()).setValue(LocalDate.now(clock).minusDays(2));
        test(find(TextField.class, reportDialog).withLabel("Link").single()).setValue("https://example.org/missing-children");
        test(find(Button.class, reportDialog).withText("Save report").single()).click();

        assertThat(find(H1.class).withText("Missing children: a second look").exists()).isTrue();
        long reportId = dsl.select(REPORT.ID).from(REPORT).where(REPORT.REFERENCE.eq("HMICFRS-UI-TEST-1")).fetchSingle(REPORT.ID);

        test(find(Button.class).withText("Add recommendation").single()).click();
        Dialog recDialog = find(Dialog.class).single();
        test(find(TextField.class, recDialog).withLabel("Number").single()).setValue("1");
        test(combo(recDialog, "Kind")).selectItem("Recommendation");
        test(combo(recDialog, "Priority")).selectItem("High");
        test(find(TextArea.class, recDialog).withLabel("Text").single())
                .setValue("Every force should review the risk assessment of children reported missing more than three times.");
        test(find(Checkbox.class, recDialog).withLabel("All forces (44)").single()).click();
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<Object> also = find(MultiSelectComboBox.class, recDialog).withLabel("Also addressed to").single();
        test(also).selectItem("College of Policing");
        test(find(Button.class, recDialog).withText("Add recommendation").single()).click();

        assertThat(find(Dialog.class).exists()).as("the dialog closed after saving").isFalse();
        assertThat(find(Div.class).withClassName("stage-text").single().getText()).isEqualTo("45 recipients: 45 awaiting a plan");
        long recId = dsl.select(RECOMMENDATION.ID).from(RECOMMENDATION).where(RECOMMENDATION.REPORT_ID.eq(reportId)).fetchSingle(RECOMMENDATION.ID);
        assertThat(dsl.fetchCount(TRACKED_RECOMMENDATION, TRACKED_RECOMMENDATION.RECOMMENDATION_ID.eq(recId)
                .and(TRACKED_RECOMMENDATION.STATUS.eq(Status.OPEN)).and(TRACKED_RECOMMENDATION.DUE_ON.isNotNull()))).isEqualTo(45);
    }

    @Test
    @WithUserDetails("hmicfrs")
    void aDuplicateNumberIsShownOnTheNumberFieldAndNothingIsAdded() {
        long reportId = dsl.select(REPORT.ID).from(REPORT).where(REPORT.REFERENCE.eq("HMIC-2015-NCPI-DC")).fetchSingle(REPORT.ID);
        int before = dsl.fetchCount(RECOMMENDATION, RECOMMENDATION.REPORT_ID.eq(reportId));
        navigate("reports/" + reportId, ReportDetailView.class);

        test(find(Button.class).withText("Add recommendation").single()).click();
        Dialog recDialog = find(Dialog.class).single();
        TextField number = find(TextField.class, recDialog).withLabel("Number").single();
        test(number).setValue("1");
        test(combo(recDialog, "Kind")).selectItem("Area for improvement");
        test(find(TextArea.class, recDialog).withLabel("Text").single()).setValue("A repeat of recommendation 1.");
        test(find(Checkbox.class, recDialog).withLabel("All forces (44)").single()).click();
        test(find(Button.class, recDialog).withText("Add recommendation").single()).click();

        assertThat(number.isInvalid()).isTrue();
        assertThat(number.getErrorMessage()).isEqualTo("This report already has a recommendation numbered 1.");
        assertThat(find(Dialog.class).exists()).as("the dialog stays open to correct the number").isTrue();
        assertThat(dsl.fetchCount(RECOMMENDATION, RECOMMENDATION.REPORT_ID.eq(reportId))).isEqualTo(before);
    }

    @Test
    @WithUserDetails("iopc")
    void anotherWatchdogSeesTheReportButNoWayToChangeIt() {
        long reportId = dsl.select(REPORT.ID).from(REPORT).where(REPORT.REFERENCE.eq("HMIC-2015-NCPI-DC")).fetchSingle(REPORT.ID);
        navigate("reports/" + reportId, ReportDetailView.class);

        assertThat(find(Div.class).withClassName("rec-card").all()).isNotEmpty();
        assertThat(find(Button.class).withText("Edit report").exists()).isFalse();
        assertThat(find(Button.class).withText("Add recommendation").exists()).isFalse();
        assertThat(find(Button.class).withText("Edit").exists()).isFalse();
    }

    @SuppressWarnings("unchecked")
    private ComboBox<Object> combo(Dialog dialog, String label) {
        return find(ComboBox.class, dialog).withLabel(label).single();
    }
}
