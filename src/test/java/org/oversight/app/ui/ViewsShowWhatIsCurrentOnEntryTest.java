package org.oversight.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.oversight.base.i18n.Language;
import org.oversight.testsupport.DatabaseTest;
import org.oversight.testsupport.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Without Spring's method-security proxies Vaadin keeps the shell from one navigation to the next and enters a view
 * of the route's own class again instead of making a new one (decision 0128). So every view, navigated to itself
 * after the reader changed language, must show the page in the new language (it builds what it shows on entry), and
 * the shell must show whoever is signed in now.
 */
@DatabaseTest
class ViewsShowWhatIsCurrentOnEntryTest extends SpringBrowserlessTest {

    /** Tried in this order; the first who may open a view opens it. */
    private static final List<String> PEOPLE = List.of("hmicfrs", "surrey", "admin");

    @Autowired UserDetailsService users;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void everyViewNavigatedToItselfShowsThePageInTheLanguageNowChosen() {
        List<Class<? extends Component>> views = RouteConfiguration.forApplicationScope().getAvailableRoutes().stream()
                .filter(r -> !r.getTemplate().contains(":") && !r.getTemplate().equals("login"))
                .<Class<? extends Component>>map(RouteData::getNavigationTarget).toList();
        assertThat(views).as("the views without a parameter").hasSizeGreaterThan(15);
        List<String> stale = new ArrayList<>();
        for (Class<? extends Component> view : views) {
            HasElement first = open(view);
            String english = text(first);
            UI.getCurrent().setLocale(Language.WELSH.locale());
            navigate(view);
            HasElement again = getCurrentView();
            assertThat(again).as("Vaadin enters the same %s again (else this test proves nothing)", view.getSimpleName())
                    .isSameAs(first);
            if (text(again).equals(english)) {
                stale.add(view.getSimpleName() + " still shows: " + english.substring(0, Math.min(80, english.length())));
            }
            UI.getCurrent().setLocale(Language.ENGLISH.locale());
        }
        assertThat(stale).as("views that kept what they showed").isEmpty();
    }

    @Test
    void theShellShowsWhoeverIsSignedInNowAndTheMenuTheyMayUse() {
        SignIn.as(users, "admin");
        navigate(InboxPath.TARGET);
        Component shell = shell();
        assertThat(userName()).isNotEqualTo("Sam Okafor");
        assertThat(menu()).as("the administrator's menu").anyMatch(p -> p.endsWith("admin/users"));

        SignIn.as(users, "surrey"); // another account signs in on the same browser page
        navigate(InboxPath.TARGET);
        assertThat(shell()).as("the same shell kept").isSameAs(shell);
        assertThat(userName()).isEqualTo("Sam Okafor");
        assertThat(menu()).as("the force lead's menu").noneMatch(p -> p.endsWith("admin/users"))
                .anyMatch(p -> p.endsWith("my-work"));
    }

    @Test
    void anErrorPageMetFirstHasTheWholeShell() {
        SignIn.as(users, "surrey");
        UI.getCurrent().navigate("recommendations/999999999"); // no such item: the error view, in the shell
        assertThat(getCurrentView()).isInstanceOf(ErrorView.class);
        assertThat(userName()).isEqualTo("Sam Okafor");
        assertThat(menu()).as("the menu").anyMatch(p -> p.endsWith("my-work"));
    }

    private HasElement open(Class<? extends Component> view) {
        for (String who : PEOPLE) {
            SignIn.as(users, who);
            UI.getCurrent().setLocale(Language.ENGLISH.locale());
            try {
                navigate(view);
            } catch (RuntimeException refused) {
                continue;
            }
            if (view.isInstance(getCurrentView())) {
                return getCurrentView();
            }
        }
        throw new AssertionError("nobody of " + PEOPLE + " may open " + view.getSimpleName());
    }

    /** The page's heading (h1) if it has one, else all its text: a view that refreshed only its data fails too. */
    private static String text(HasElement view) {
        return view.getElement().getComponent().flatMap(c -> c.getChildren()
                        .flatMap(ViewsShowWhatIsCurrentOnEntryTest::withDescendants)
                        .filter(H1.class::isInstance).findFirst())
                .map(h1 -> h1.getElement().getTextRecursively()).orElse(view.getElement().getTextRecursively());
    }

    private static java.util.stream.Stream<Component> withDescendants(Component c) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(c), c.getChildren().flatMap(
                ViewsShowWhatIsCurrentOnEntryTest::withDescendants));
    }

    private Component shell() {
        return getCurrentView().getElement().getParent().getComponent().orElseThrow();
    }

    private List<String> menu() {
        return find(com.vaadin.flow.component.sidenav.SideNavItem.class).all().stream()
                .map(com.vaadin.flow.component.sidenav.SideNavItem::getPath).toList();
    }

    private String userName() {
        return find(Div.class).withClassName("user-name").single().getText();
    }

    /** The inbox: a page every account may open. */
    private static final class InboxPath {
        static final Class<? extends Component> TARGET = RouteConfiguration.forApplicationScope().getRoute("inbox")
                .orElseThrow();
    }
}
