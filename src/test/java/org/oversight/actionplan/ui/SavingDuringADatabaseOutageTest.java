package org.oversight.actionplan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.oversight.actionplan.PlanFixtures;
import org.oversight.app.ui.MainLayout;
import org.oversight.testsupport.DatabaseSwitch;
import org.oversight.testsupport.DatabaseTest;
import org.oversight.testsupport.OwnDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The database goes away while a person works: a save shows a plain notification (never the exception's text), and
 * opening a page shows the same words inside the application's layout. Nothing is written; when the database is
 * back, the same save goes through.
 */
@DatabaseTest
@OwnDatabase
@Import(DatabaseSwitch.class)
class SavingDuringADatabaseOutageTest extends SpringBrowserlessTest {

    static final String OUTAGE = "The service cannot reach its database; your work is not lost; try again in a minute.";

    @Autowired DatabaseSwitch database;
    @Autowired PlanFixtures fx;

    @AfterEach
    void databaseBack() {
        database.on();
    }

    @Test
    @WithUserDetails("surrey")
    void aSaveDuringTheOutageSaysSoInPlainWordsAndTheDialogKeepsTheWork() {
        long planId = fx.plan(PlanFixtures.SURREY_MISSING_PERSON, "SURREY");
        navigate(PlanView.class, planId);
        test(find(Button.class).withText("Add action").single()).click();
        Dialog dialog = find(Dialog.class).single();
        test(find(TextField.class).from(dialog).withLabel("Title").single()).setValue("Outage-proof action");
        test(find(TextField.class).from(dialog).withLabel("Owner").single()).setValue("Someone");
        test(find(DatePicker.class).from(dialog).withLabel("Due date").single()).setValue(LocalDate.now().plusMonths(3));
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<org.oversight.actionplan.PlanItem> picker =
                find(MultiSelectComboBox.class).from(dialog).withLabel("Answers recommendations").single();
        var answers = test(picker);
        answers.selectItem(answers.getSuggestions().stream().filter(x -> x.startsWith("Recommendation 2:"))
                .findFirst().orElseThrow());
        int actionsBefore = find(H4.class).all().size();
        database.off();

        clickAsTheBrowserWould(find(Button.class).from(dialog).withText("Add action").single());

        assertThat(find(Notification.class).all()).extracting(n -> test(n).getText()).containsExactly(OUTAGE);
        assertThat(find(TextField.class).from(dialog).withLabel("Title").single().getValue())
                .as("the dialog is still open with the text typed").isEqualTo("Outage-proof action");

        database.on();
        test(find(Button.class).from(dialog).withText("Add action").single()).click();
        assertThat(find(H4.class).withText("Outage-proof action").exists()).as("saved once the database is back").isTrue();
        assertThat(find(H4.class).all()).hasSize(actionsBefore + 1);
    }

    @Test
    @WithUserDetails("surrey")
    void openingAPageDuringTheOutageShowsTheSameWordsInsideTheLayout() {
        long planId = fx.plan(PlanFixtures.SURREY_MISSING_PERSON, "SURREY");
        database.off();

        UI.getCurrent().navigate(PlanView.class, planId);

        assertThat(find(H1.class).withText("The service is unavailable").exists()).isTrue();
        assertThat(find(Paragraph.class).withText(OUTAGE).exists()).isTrue();
        assertThat(find(MainLayout.class).exists()).as("menu and header stay").isTrue();
        assertThat(find(Paragraph.class).all()).extracting(Paragraph::getText)
                .noneMatch(t -> t.contains("Exception") || t.contains("Connection"));
    }

    /** In a browser, an exception from a click goes to the session's error handler; here it reaches the test. */
    private void clickAsTheBrowserWould(Button button) {
        try {
            test(button).click();
        } catch (RuntimeException e) {
            VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(e));
        }
    }
}
