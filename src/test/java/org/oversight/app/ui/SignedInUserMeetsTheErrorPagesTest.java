package org.oversight.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.oversight.testsupport.DatabaseTest;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * What a signed-in person sees at an address with nothing for them: a page in the shell (its menu still there) whose
 * heading and tab title say what happened in plain words, and links to go on from.
 */
@DatabaseTest
class SignedInUserMeetsTheErrorPagesTest extends SpringBrowserlessTest {

    @Test
    @WithUserDetails("hmicfrs")
    void anUnknownRecommendationIsPageNotFoundWithAWayHome() {
        navigate("recommendations/999999", ErrorView.PageNotFound.class);

        assertThat(find(H1.class).withText("Page not found").exists()).isTrue();
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Page not found · Oversight Tracker");
        assertThat(find(Paragraph.class).withText("If you typed the web address, check it is correct.").exists()).isTrue();
        assertThat(linksOnThePage()).contains("Go to the home page -> ", "Look in the register of recommendations -> recommendations");
        assertThat(find(SideNavItem.class).all()).as("inside the shell").extracting(SideNavItem::getLabel).contains("Home");
        assertThat(find(H1.class).withTextContaining("Surrey").exists()).as("nothing of the detail page").isFalse();
    }

    @Test
    @WithUserDetails("hmicfrs")
    void theWayHomeLeadsHome() {
        navigate("recommendations/999999", ErrorView.PageNotFound.class);

        test(find(RouterLink.class).withText("Go to the home page").single()).click();

        assertThat(find(H1.class).withText("Page not found").exists()).isFalse();
        assertThat(find(H1.class).withTextContaining("Welcome").exists()).isTrue();
    }

    @ParameterizedTest(name = "{0} is page not found")
    @ValueSource(strings = {"reports/abc", "plans/999999", "plans/999999/timeline", "deadlines/999999", "no-such-page"})
    @WithUserDetails("surrey")
    void anAddressWithNothingToShowIsPageNotFound(String address) {
        navigate(address, ErrorView.PageNotFound.class);

        assertThat(find(H1.class).withText("Page not found").exists()).isTrue();
        assertThat(find(SideNavItem.class).exists()).as("inside the shell").isTrue();
    }

    @Test
    @WithUserDetails("surrey")
    void aForceLeadAtTheWatchdogsQueuesIsToldTheyCannotOpenIt() {
        navigate("queues", ErrorView.AccessDenied.class);

        assertThat(find(H1.class).withText("You cannot open this page").exists()).isTrue();
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("You cannot open this page · Oversight Tracker");
        assertThat(find(Paragraph.class).withText(
                "Your account does not give access to it. If you think it should, ask your administrator.").exists()).isTrue();
        assertThat(linksOnThePage()).containsExactly("Go to the home page -> ");
        assertThat(find(SideNavItem.class).all()).as("inside the shell").extracting(SideNavItem::getLabel).contains("Home")
                .doesNotContain("Queues");
    }

    @Test
    @WithUserDetails("surrey")
    void aForceLeadAtTheAdministratorsPageIsToldTheyCannotOpenIt() {
        navigate("admin/users", ErrorView.AccessDenied.class);

        assertThat(find(H1.class).withText("You cannot open this page").exists()).isTrue();
    }

    /** The error page's own links as "text -> href" (the shell's menu has its own). */
    private List<String> linksOnThePage() {
        return find(RouterLink.class).from(find(ErrorView.class).single()).all().stream()
                .map(l -> l.getText() + " -> " + l.getHref()).toList();
    }
}
