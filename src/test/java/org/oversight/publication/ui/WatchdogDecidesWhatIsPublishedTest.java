package org.oversight.publication.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oversight.db.Tables.PUBLICATION_DECISION;
import static org.oversight.db.Tables.REDACTION;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Clock;
import java.time.LocalDate;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oversight.app.ui.ErrorView;
import org.oversight.deadline.internal.ClockSync;
import org.oversight.testsupport.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** IOPC staff publish a report from its publishing page and withhold a passage; other watchdogs' staff cannot open it. */
@DatabaseTest
@Transactional
class WatchdogDecidesWhatIsPublishedTest extends SpringBrowserlessTest {

    @Autowired DSLContext dsl;
    @Autowired ClockSync sync;
    @Autowired Clock clock;

    long reportId;
    long item;

    @BeforeEach
    void aFreshIopcReport() {
        AnIopcReport fresh = AnIopcReport.make(dsl, sync, clock);
        reportId = fresh.reportId();
        item = fresh.item();
    }

    @Test
    @WithUserDetails("iopc")
    void staffPublishTheReportAndSeeItSaidSo() {
        navigate("publishing/" + reportId, ReportPublishingView.class);
        assertThat(find(com.vaadin.flow.component.html.Paragraph.class).withText("In the public register: Not published").exists()).isTrue();

        test(find(Button.class).withText("Publish this report and its recommendations").single()).click();

        assertThat(dsl.fetchValue(PUBLICATION_DECISION.STATE, PUBLICATION_DECISION.SUBJECT_KIND.eq("REPORT")
                .and(PUBLICATION_DECISION.SUBJECT_ID.eq(reportId)))).isEqualTo("PUBLISHED");
        assertThat(find(com.vaadin.flow.component.html.Paragraph.class)
                .withCondition(p -> p.getText().startsWith("In the public register: Published (Ian Caseworker")).exists()).isTrue();
    }

    @Test
    @WithUserDetails("iopc")
    void aPassageNotInTheTextIsRefusedOnTheFieldAndARealOneIsWithheld() {
        navigate("publishing/" + reportId, ReportPublishingView.class);
        TextArea passage = find(TextArea.class).withLabel("Passage to withhold").first();
        @SuppressWarnings("unchecked")
        Select<Object> ground = find(Select.class).withLabel("Ground").first();

        test(passage).setValue("words that are not there");
        test(ground).selectItem("personal data");
        test(find(Button.class).withText("Withhold passage").first()).click();

        assertThat(passage.isInvalid()).isTrue();
        assertThat(passage.getErrorMessage()).isEqualTo("These words are not in the text. Copy them exactly as they appear.");
        assertThat(dsl.fetchCount(REDACTION, REDACTION.PASSAGE.eq("words that are not there"))).isZero();

        test(passage).setValue("test its deadlines");
        test(find(Button.class).withText("Withhold passage").first()).click();

        assertThat(dsl.fetchCount(REDACTION, REDACTION.PASSAGE.eq("test its deadlines"))).isEqualTo(1);
    }

    @Test
    @WithUserDetails("iopc")
    void staffWithholdOneRecipientsItemUntilADayAndSeeTheDaySaid() {
        navigate("publishing/" + reportId, ReportPublishingView.class);
        var untilFields = find(DatePicker.class).withLabel("Withhold until (optional)").all();
        assertThat(untilFields).as("one for the report, one for its item").hasSize(2);
        @SuppressWarnings("unchecked")
        Select<Object> ground = find(Select.class).withLabel("Ground").all().get(1);
        Button withhold = find(Button.class).withCondition(b -> b.getText().startsWith("Withhold for ")).single();
        LocalDate today = LocalDate.now(clock);

        test(ground).selectItem(org.oversight.publication.Ground.PREJUDICE_TO_PROCEEDINGS.label());
        test(untilFields.get(1)).setValue(today);
        test(withhold).click();

        assertThat(untilFields.get(1).isInvalid()).isTrue();
        assertThat(untilFields.get(1).getErrorMessage()).startsWith("Enter a day after today");
        assertThat(dsl.fetchCount(PUBLICATION_DECISION, PUBLICATION_DECISION.SUBJECT_KIND.eq("ITEM").and(PUBLICATION_DECISION.SUBJECT_ID.eq(item))))
                .isZero();

        test(untilFields.get(1)).setValue(today.plusDays(14));
        test(withhold).click();

        assertThat(dsl.fetchValue(PUBLICATION_DECISION.WITHHELD_UNTIL, PUBLICATION_DECISION.SUBJECT_KIND.eq("ITEM")
                .and(PUBLICATION_DECISION.SUBJECT_ID.eq(item)))).isEqualTo(today.plusDays(14));
        assertThat(find(com.vaadin.flow.component.html.Span.class).withCondition(sp -> sp.getText().contains("withheld (prejudice to proceedings")
                && sp.getText().endsWith("until " + org.oversight.base.Formats.longDate(today.plusDays(14)))).exists()).isTrue();
    }

    @Test
    @WithUserDetails("hmicfrs")
    void anotherWatchdogsStaffFindNoSuchPage() {
        navigate("publishing/" + reportId, ErrorView.PageNotFound.class);
    }
}
