package org.oversight.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNavItem;
import org.junit.jupiter.api.Test;
import org.oversight.testsupport.DatabaseTest;
import org.springframework.security.test.context.support.WithUserDetails;

@DatabaseTest
class SignedInUserSeesTheShellTest extends SpringBrowserlessTest {

    @Test
    @WithUserDetails("surrey")
    void forceLeadSeesTheShellWithTheirNameRoleAndForce() {
        navigate(HomeView.class);

        assertThat(find(H1.class).all()).extracting(H1::getText).contains("Welcome, Sam Okafor");
        assertThat(find(SideNavItem.class).all()).extracting(SideNavItem::getLabel).contains("Home");
        assertThat(find(com.vaadin.flow.component.html.Div.class).withText("Force lead · Surrey Police").exists()).isTrue();
        assertThat(find(Span.class).withText("Demo").exists()).as("the demo marker in the header").isTrue();
    }

    @Test
    @WithUserDetails("chief.surrey")
    void chiefOfficerSeesFiguresForTheirForceOnly() {
        navigate(HomeView.class);

        assertThat(find(com.vaadin.flow.component.html.Paragraph.class).withText(
                "Progress on the recommendations made to Surrey Police.").exists()).isTrue();
        assertThat(find(Span.class).withClassName("figure-label").all()).extracting(Span::getText)
                .containsExactly("Open", "Overdue", "Due within 14 days", "No target date", "Plans awaiting decision",
                        "Verified this quarter", "Median days to verified close", "Reopen rate");
    }
}
