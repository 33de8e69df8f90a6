package org.oversight.report.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oversight.db.Tables.RECOMMENDATION;
import static org.oversight.db.Tables.REPORT;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.oversight.base.ui.ErrorSummary;
import org.oversight.recommendation.FreshItems;
import org.oversight.testsupport.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/**
 * The report and recommendation dialogs say what is wrong the GOV.UK way: a summary at the top that links to each
 * field, the message on the field, and nothing saved.
 */
@DatabaseTest
@Transactional
class ReportDialogsShowTheErrorSummaryTest extends SpringBrowserlessTest {

    @Autowired
    DSLContext dsl;
    @Autowired
    FreshItems fresh;

    @Test
    @WithUserDetails("hmicfrs")
    void aNewReportWithoutAKindIsRefusedInTheSummaryAndOnTheField() {
        int before = dsl.fetchCount(REPORT);
        navigate(ReportListView.class);
        test(find(Button.class).withText("New report").single()).click();
        Dialog dialog = find(Dialog.class).single();
        test(find(TextField.class, dialog).withLabel("Title").single()).setValue("A report with no kind");

        test(find(Button.class, dialog).withText("Save report").single()).click();

        @SuppressWarnings("unchecked")
        ComboBox<Object> kind = find(ComboBox.class, dialog).withLabel("Kind").single();
        assertThat(kind.isInvalid()).isTrue();
        assertThat(kind.getErrorMessage()).isEqualTo("Choose the kind of report.");
        ErrorSummary summary = find(ErrorSummary.class, dialog).single();
        assertThat(summary.isVisible()).isTrue();
        assertThat(summary.messages()).startsWith("Choose the kind of report.");
        assertThat(linkTo(summary, kind.getId().orElseThrow())).isEqualTo("Choose the kind of report.");
        assertThat(find(Dialog.class).exists()).as("the dialog stays open").isTrue();
        assertThat(dsl.fetchCount(REPORT)).as("nothing saved").isEqualTo(before);
    }

    @Test
    @WithUserDetails("hmicfrs")
    void aReferenceAnotherReportHasIsTheServicesMessageInTheSummaryAndOnTheField() {
        long report = fresh.report();
        String taken = dsl.select(REPORT.REFERENCE).from(REPORT).where(REPORT.ID.eq(fresh.report())).fetchSingle(REPORT.REFERENCE);
        String own = dsl.select(REPORT.REFERENCE).from(REPORT).where(REPORT.ID.eq(report)).fetchSingle(REPORT.REFERENCE);
        navigate("reports/" + report, ReportDetailView.class);
        test(find(Button.class).withText("Edit report").single()).click();
        Dialog dialog = find(Dialog.class).single();
        TextField reference = find(TextField.class, dialog).withLabel("Reference").single();
        test(reference).setValue(taken);

        test(find(Button.class, dialog).withText("Save changes").single()).click();

        String message = "Another report of your watchdog already has the reference " + taken + ".";
        assertThat(reference.getErrorMessage()).isEqualTo(message);
        ErrorSummary summary = find(ErrorSummary.class, dialog).single();
        assertThat(summary.isVisible()).isTrue();
        assertThat(linkTo(summary, reference.getId().orElseThrow())).isEqualTo(message);
        assertThat(dsl.select(REPORT.REFERENCE).from(REPORT).where(REPORT.ID.eq(report)).fetchSingle(REPORT.REFERENCE))
                .as("nothing saved").isEqualTo(own);
    }

    @Test
    @WithUserDetails("hmicfrs")
    void aRecommendationWithoutTextIsRefusedInTheSummaryAndOnTheField() {
        long report = fresh.report();
        navigate("reports/" + report, ReportDetailView.class);
        test(find(Button.class).withText("Add recommendation").single()).click();
        Dialog dialog = find(Dialog.class).single();
        test(find(TextField.class, dialog).withLabel("Number").single()).setValue("1");

        test(find(Button.class, dialog).withText("Add recommendation").single()).click();

        TextArea text = find(TextArea.class, dialog).withLabel("Text").single();
        assertThat(text.isInvalid()).isTrue();
        assertThat(text.getErrorMessage()).isEqualTo("Give the text of the recommendation.");
        ErrorSummary summary = find(ErrorSummary.class, dialog).single();
        assertThat(summary.isVisible()).isTrue();
        assertThat(linkTo(summary, text.getId().orElseThrow())).isEqualTo("Give the text of the recommendation.");
        assertThat(dsl.fetchCount(RECOMMENDATION, RECOMMENDATION.REPORT_ID.eq(report))).as("nothing saved").isZero();
    }

    /** The words of the summary's link to the field with this id. */
    private String linkTo(ErrorSummary summary, String fieldId) {
        return find(Anchor.class, summary).all().stream().filter(a -> ("#" + fieldId).equals(a.getHref()))
                .map(Anchor::getText).findFirst().orElse("(no link to " + fieldId + ")");
    }
}
