package org.oversight.notification.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.oversight.base.i18n.Language;
import org.oversight.notification.NotificationSettingsService;
import org.oversight.notification.NotificationSettingsService.Colleague;
import org.oversight.testsupport.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** A force lead who reads Welsh: the inbox, the deadlines and the notification settings, with their refusals. */
@DatabaseTest
@Transactional
@WithUserDetails("surrey")
class NotificationPagesInWelshTest extends SpringBrowserlessTest {

    @Autowired NotificationSettingsService settings;

    @Test
    void theInboxAndDeadlinesReadInWelsh() {
        UI.getCurrent().setLocale(Language.WELSH.locale());
        navigate(InboxView.class);
        assertThat(find(H1.class).single().getText()).isEqualTo("Mewnflwch");
        assertThat(find(Button.class).withText("Marcio'r cyfan fel wedi'u darllen").exists()).isTrue();
        assertThat(getCurrentView().getElement().getTextRecursively()).contains("Eich terfynau amser: ")
                .contains("Angen i chi weithredu").contains("Er gwybodaeth").doesNotContain("Needs you");

        navigate(DeadlineListView.class);
        assertThat(find(H1.class).single().getText()).isEqualTo("Terfynau amser");
        assertThat(getCurrentView().getElement().getTextRecursively())
                .contains("Terfynau amser yr argymhellion a wnaed i Surrey Police.").contains("Ffrwd calendr");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aDeputyIsChosenInWelshAndABadChoiceIsRefusedInWelsh() {
        UI.getCurrent().setLocale(Language.WELSH.locale());
        navigate(NotificationSettingsView.class);
        assertThat(find(H1.class).single().getText()).isEqualTo("Gosodiadau hysbysiadau");

        test(find(Button.class).withText("Cadw'r cyfnod gofalu").single()).click();
        ComboBox<Colleague> deputy = find(ComboBox.class).single();
        assertThat(deputy.isInvalid()).isTrue();
        assertThat(deputy.getErrorMessage()).isEqualTo("Dewiswch pwy sy'n cael eich post tra byddwch chi i ffwrdd.");
        assertThat(settings.cover()).as("nothing is saved").isEmpty();

        LocalDate today = LocalDate.now();
        deputy.setValue(settings.possibleDeputies().getFirst());
        var pickers = find(DatePicker.class).all();
        pickers.get(0).setValue(LocalDate.of(today.getYear() + 1, 1, 4));
        pickers.get(1).setValue(LocalDate.of(today.getYear() + 1, 3, 2));
        test(find(Button.class).withText("Cadw'r cyfnod gofalu").single()).click();

        assertThat(settings.cover()).isPresent();
        assertThat(find(Paragraph.class).withCondition(p -> p.getText().contains("yn gofalu am eich post o 4 Ionawr "
                + (today.getYear() + 1) + " tan 2 Mawrth " + (today.getYear() + 1) + ".")).exists()).isTrue();
    }
}
