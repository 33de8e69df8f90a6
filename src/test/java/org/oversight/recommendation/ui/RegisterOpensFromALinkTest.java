package org.oversight.recommendation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.oversight.recommendation.OrganisationRef;
import org.oversight.recommendation.RecommendationRegister;
import org.oversight.recommendation.RegisterFilter;
import org.oversight.recommendation.RegisterRow;
import org.oversight.recommendation.Status;
import org.oversight.testsupport.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** A filtered register opened from a link (dashboard, e-mail, bookmark) shows that selection, its count and its name. */
@DatabaseTest
@Transactional
class RegisterOpensFromALinkTest extends SpringBrowserlessTest {

    @Autowired
    RecommendationRegister register;

    @Test
    @WithUserDetails("hmicfrs")
    void overdueItemsOfOneForceFromALink() {
        follow("recommendations?force=SURREY&overdue=true");

        int expected = register.count(new RegisterFilter(null, "SURREY", Set.of(), null, null, null, true, null, null, null, null));
        assertThat(expected).isPositive();
        assertThat(countText()).isEqualTo(expected + (expected == 1 ? " overdue recommendation" : " overdue recommendations")
                + " for Surrey Police");
        GridTester<Grid<RegisterRow>, RegisterRow> grid = grid();
        assertThat(grid.size()).isEqualTo(expected);
        for (int i = 0; i < grid.size(); i++) {
            RegisterRow row = grid.getRow(i);
            assertThat(row.recipientName()).isEqualTo("Surrey Police");
            assertThat(row.daysLeft()).isNegative();
        }
        @SuppressWarnings("unchecked")
        ComboBox<OrganisationRef> force = find(ComboBox.class).withLabel("Force or national body").single();
        assertThat(force.getValue().code()).isEqualTo("SURREY");
        assertThat(find(Checkbox.class).withLabel("Overdue only").single().getValue()).isTrue();
    }

    @Test
    @WithUserDetails("hmicfrs")
    void severalStatusesAKindAndAWatchdogFromALink() {
        follow("recommendations?watchdog=HMICFRS&status=VERIFIED_IMPLEMENTED,SUPERSEDED&kind=RECOMMENDATION");

        GridTester<Grid<RegisterRow>, RegisterRow> grid = grid();
        assertThat(grid.size()).isPositive();
        for (int i = 0; i < grid.size(); i++) {
            assertThat(grid.getRow(i).status()).isIn(Status.VERIFIED_IMPLEMENTED, Status.SUPERSEDED);
            assertThat(grid.getRow(i).watchdogName()).isEqualTo("HMICFRS");
        }
        assertThat(countText()).endsWith("recommendations from HMICFRS with status verified implemented or superseded");
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<Status> status = find(MultiSelectComboBox.class).withLabel("Status").single();
        assertThat(status.getValue()).containsExactlyInAnyOrder(Status.VERIFIED_IMPLEMENTED, Status.SUPERSEDED);
    }

    @Test
    @WithUserDetails("hmicfrs")
    void aSelectionWithNothingInItSaysWhatWasAskedFor() {
        follow("recommendations?force=SURREY&overdue=true&q=no-such-words-anywhere");

        assertThat(find(Div.class).withClassName("empty-state").single().getText())
                .isEqualTo("No overdue recommendations for Surrey Police matching “no-such-words-anywhere”. "
                        + "Change or clear the filters to see more.");
        assertThat(find(Grid.class).exists()).as("no empty grid under the message").isFalse();
    }

    @Test
    @WithUserDetails("surrey")
    void aForceLeadFollowingALinkSeesOnlyTheirForce() {
        follow("recommendations?status=VERIFIED_IMPLEMENTED");

        GridTester<Grid<RegisterRow>, RegisterRow> grid = grid();
        assertThat(grid.size()).isPositive();
        for (int i = 0; i < grid.size(); i++) {
            assertThat(grid.getRow(i).recipientName()).isEqualTo("Surrey Police");
        }
        assertThat(find(ComboBox.class).withLabel("Force or national body").exists()).isFalse();
    }

    @Test
    @WithUserDetails("surrey")
    void aLinkToAnotherForcesItemsExplainsWhatTheForceLeadCanSee() {
        follow("recommendations?force=DEVON_CORNWALL");

        assertThat(find(Div.class).withClassName("empty-state").single().getText())
                .isEqualTo("You can see only the recommendations made to Surrey Police.");
    }

    @Test
    @WithUserDetails("hmicfrs")
    void narrowingTheSelectionOnScreenUpdatesTheGridAndTheCount() {
        follow("recommendations?force=SURREY");
        int all = grid().size();

        test(find(TextField.class).withLabel("Search").single()).setValue("IPCC-2015-001");

        GridTester<Grid<RegisterRow>, RegisterRow> grid = grid();
        assertThat(grid.size()).isPositive().isLessThan(all);
        assertThat(List.of(grid.getRow(0).reportReference())).containsOnly("IPCC-2015-001");
        assertThat(countText()).isEqualTo(grid.size() + " recommendations for Surrey Police matching “IPCC-2015-001”");
    }

    /** Opens the link as a browser would: the path with its query string. */
    private void follow(String link) {
        int q = link.indexOf('?');
        UI.getCurrent().navigate(link.substring(0, q), QueryParameters.fromString(link.substring(q + 1)));
        assertThat(getCurrentView()).isInstanceOf(RegisterView.class);
    }

    @SuppressWarnings("unchecked")
    private GridTester<Grid<RegisterRow>, RegisterRow> grid() {
        return test(find(Grid.class).single());
    }

    private String countText() {
        return find(Span.class).withClassName("register-count").single().getText();
    }
}
