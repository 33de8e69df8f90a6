package org.oversight.api.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.oversight.base.Formats;
import org.oversight.base.i18n.Language;
import org.oversight.testsupport.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** A Welsh-speaking lead makes an API token: the page, the service's message and the token's date read in Welsh. */
@DatabaseTest
@Transactional
class ApiTokensInWelshTest extends SpringBrowserlessTest {

    @Autowired
    Clock clock;

    @Test
    @WithUserDetails("surrey")
    void theTokensPageSpeaksWelshAndSoDoesTheServiceRefusingABlankName() {
        UI.getCurrent().setLocale(Language.WELSH.locale());
        navigate(ApiTokensView.class);

        assertThat(find(H1.class).single().getText()).isEqualTo("Tocynnau API");
        Button make = find(Button.class).withText("Creu tocyn").single();
        TextField name = find(TextField.class).withLabel("Enw").single();

        test(make).click();
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("Rhowch enw i'r tocyn, er enghraifft y system a fydd yn ei ddefnyddio.");

        test(name).setValue("cysoni nosweithiol");
        test(make).click();
        LocalDate expires = LocalDate.now(clock).plusDays(90);
        String welshDate = Language.WELSH.speak(() -> Formats.date(expires));
        assertThat(welshDate).as("a Welsh month").isNotEqualTo(Language.ENGLISH.speak(() -> Formats.date(expires)));
        assertThat(find(Paragraph.class).all()).extracting(Paragraph::getText)
                .anyMatch(t -> t.startsWith("Mae cysoni nosweithiol (")
                        && t.contains("yn gweithio tan ddiwedd " + welshDate + "."));
    }
}
