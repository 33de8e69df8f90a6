package org.oversight.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.api.Test;
import org.oversight.base.i18n.Language;
import org.oversight.security.CurrentUser;
import org.oversight.security.SavedLanguages;
import org.oversight.testsupport.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/**
 * The language switch in the shell, "English | Cymraeg": choosing Welsh saves it as the person's choice, and the
 * screens from then on (and the next page opened, after sign-in too) read Welsh.
 */
@DatabaseTest
@Transactional
class ChoosingWelshTest extends SpringBrowserlessTest {

    @Autowired SavedLanguages languages;
    @Autowired CurrentUser currentUser;
    @Autowired LanguageOfScreens screens;
    @Autowired org.oversight.base.DemoMode demoMode;
    @Autowired org.oversight.security.SignInNotices notices;

    @Test
    @WithUserDetails("surrey")
    void theSwitchSavesWelshAndTheNextViewReadsWelsh() {
        navigate("no-such-page", ErrorView.PageNotFound.class);
        assertThat(find(H1.class).withText("Page not found").exists()).isTrue();
        assertThat(find(Span.class).withText("English").single().getElement().getAttribute("aria-current"))
                .isEqualTo("true");

        test(find(Button.class).withText("Cymraeg").single()).click();

        assertThat(languages.of(currentUser.require().id())).contains(Language.WELSH);
        navigate("no-such-page", ErrorView.PageNotFound.class);
        assertThat(find(H1.class).withText("Heb ddod o hyd i'r dudalen").exists()).isTrue();
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Heb ddod o hyd i'r dudalen · Oversight Tracker");
        assertThat(find(Paragraph.class).withText("Os gwnaethoch chi deipio'r cyfeiriad gwe, gwiriwch ei fod yn gywir.")
                .exists()).isTrue();
        // every menu entry speaks Welsh, the features' own entries too
        assertThat(find(com.vaadin.flow.component.sidenav.SideNavItem.class).all())
                .extracting(com.vaadin.flow.component.sidenav.SideNavItem::getLabel)
                .contains("Fy ngwaith", "Adroddiadau", "Mewnforio camau gweithredu", "Tocynnau API")
                .doesNotContain("My work", "Reports", "Import actions", "API tokens");
        assertThat(find(RouterLink.class).withText("Mynd i'r hafan").exists()).isTrue();
        assertThat(screens.languageFor(null)).as("a page opened later, or after signing in again")
                .isEqualTo(Language.WELSH);
    }

    @Test
    @WithUserDetails("surrey")
    void aPersonWhoNeverChoseReadsTheBrowsersLanguageAndEnglishWithoutOne() {
        assertThat(screens.languageFor(null)).isEqualTo(Language.ENGLISH);
        assertThat(languages.of(currentUser.require().id())).isEmpty();
    }

    @Test
    void theSignInPageInWelshSaysEverythingInWelsh() {
        LanguageOfScreens.show(UI.getCurrent(), Language.WELSH); // as ?lang=cy or the cookie do for a new screen
        LoginView page = new LoginView(demoMode, notices);
        page.build(); // as on entry (the page builds what it shows when entered, decision 0128)

        assertThat(page.getPageTitle()).isEqualTo("Mewngofnodi · Oversight Tracker");
        assertThat(page.getChildren().filter(c -> c instanceof Paragraph).map(c -> ((Paragraph) c).getText()))
                .contains("Pob argymhelliad gan gorff gwarchod, wedi'i ddilyn nes bod prawf ei fod wedi'i roi ar waith.");
        assertThat(page.getElement().toString()).contains("aria-label=\"Iaith\"").contains(">Cymraeg<");
    }

    @Test
    void aHeldBackSignInSaysHowLongInWelshWithWelshPlurals() {
        assertThat(Language.WELSH.speak(() -> LoginView.heldBack("30"))).isEqualTo("Mae gormod o gyfrineiriau "
                + "anghywir wedi'u rhoi ar gyfer y cyfrif hwn. Rhowch gynnig arall arni ymhen 30 eiliad. Os ydych chi "
                + "wedi anghofio'ch cyfrinair, gofynnwch i'ch gweinyddwr ei ailosod.");
        assertThat(Language.WELSH.speak(() -> LoginView.heldBack("120"))).contains("ymhen 2 funud.");
        assertThat(Language.WELSH.speak(() -> LoginView.heldBack("900"))).contains("ymhen 15 munud.");
        assertThat(Language.WELSH.speak(() -> LoginView.heldBack(""))).contains("nes ymlaen.");
    }
}
