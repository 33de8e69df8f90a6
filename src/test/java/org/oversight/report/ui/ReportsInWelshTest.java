package org.oversight.report.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oversight.db.Tables.REPORT;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.oversight.base.Formats;
import org.oversight.base.SubmissionKey;
import org.oversight.base.i18n.Language;
import org.oversight.base.ui.ErrorSummary;
import org.oversight.recommendation.FreshItems;
import org.oversight.recommendation.Priority;
import org.oversight.recommendation.RecommendationKind;
import org.oversight.report.RecommendationForm;
import org.oversight.report.ReportService;
import org.oversight.testsupport.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** An inspector who reads Welsh sees the reports, a report's page and its dialog's rule messages in Welsh. */
@DatabaseTest
@Transactional
class ReportsInWelshTest extends SpringBrowserlessTest {

    @Autowired
    DSLContext dsl;
    @Autowired
    FreshItems fresh;
    @Autowired
    ReportService reports;
    @Autowired
    Clock clock;

    @Test
    @WithUserDetails("hmicfrs")
    void aReportsPageItsCountedRecommendationsItsDateAndARuleReadInWelsh() {
        long report = fresh.report();
        for (String number : new String[] {"1", "2"}) {
            reports.addRecommendation(report, new RecommendationForm(number, RecommendationKind.RECOMMENDATION,
                    "Argymhelliad prawf " + number, Priority.HIGH, Set.of(), false, Set.of(fresh.orgId("SURREY"))),
                    SubmissionKey.fresh());
        }
        String taken = dsl.select(REPORT.REFERENCE).from(REPORT).where(REPORT.ID.eq(fresh.report())).fetchSingle(REPORT.REFERENCE);
        UI.getCurrent().setLocale(Language.WELSH.locale());

        navigate(ReportListView.class);
        assertThat(find(H1.class).single().getText()).isEqualTo("Adroddiadau");

        navigate("reports/" + report, ReportDetailView.class);
        assertThat(find(H3.class).withText("2 argymhelliad").exists()).as("a Welsh plural").isTrue();
        String published = Language.WELSH.speak(() -> Formats.longDate(LocalDate.now(clock).minusDays(10)));
        assertThat(find(Span.class).withText(published).exists()).as("the published date in Welsh: " + published).isTrue();

        test(find(Button.class).withText("Golygu'r adroddiad").single()).click();
        Dialog dialog = find(Dialog.class).single();
        TextField reference = find(TextField.class, dialog).withLabel("Cyfeirnod").single();
        test(reference).setValue(taken);
        test(find(Button.class, dialog).withText("Cadw'r newidiadau").single()).click();

        String message = "Mae gan adroddiad arall gan eich corff gwarchod y cyfeirnod " + taken + " yn barod.";
        assertThat(reference.getErrorMessage()).isEqualTo(message);
        assertThat(find(ErrorSummary.class, dialog).single().messages()).contains(message);
    }

    @Test
    @WithUserDetails("hmicfrs")
    void theWatchdogFilterSaysAllWhileItIsEmptyAsTheRegistersDoes() {
        navigate(ReportListView.class);
        ComboBox<?> english = find(ComboBox.class).withLabel("Watchdog").single();
        assertThat(english.getPlaceholder()).as("not an empty box").isEqualTo("All");
        assertThat(english.isClearButtonVisible()).as("emptied again with its clear button").isTrue();
    }

    @Test
    @WithUserDetails("hmicfrs")
    void theWatchdogFilterSaysAllInWelsh() {
        UI.getCurrent().setLocale(Language.WELSH.locale());
        navigate(ReportListView.class);
        assertThat(find(ComboBox.class).withLabel("Corff gwarchod").single().getPlaceholder()).isEqualTo("Y cyfan");
    }
}
