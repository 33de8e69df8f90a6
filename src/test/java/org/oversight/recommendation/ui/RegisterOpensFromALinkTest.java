package org.oversight.recommendation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.oversight.recommendation.OrganisationRef;
import org.oversight.recommendation.Priority;
import org.oversight.recommendation.RecommendationKind;
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

    @Test
    @WithUserDetails("hmicfrs")
    void aFoldedFilterFromALinkIsShownAndKeptWhenAnotherFilterChanges() {
        // the kind with most of Surrey's overdue items, so that the narrowed selection has rows to look at
        RecommendationKind kindOf = Arrays.stream(RecommendationKind.values())
                .max(Comparator.comparingInt(k -> register.count(surreyOverdue(k)))).orElseThrow();
        follow("recommendations?force=SURREY&kind=" + kindOf.name());

        assertThat(find(Button.class).withText("More filters (1)").exists()).isTrue();
        @SuppressWarnings("unchecked")
        ComboBox<RecommendationKind> kind = find(ComboBox.class).withLabel("Kind").single();
        assertThat(kind.getValue()).isEqualTo(kindOf);
        assertThat(kind.getParent().orElseThrow().isVisible()).as("the folded filters are open").isTrue();

        test(find(Checkbox.class).withLabel("Overdue only").single()).click();

        assertThat(find(Button.class).withText("More filters (1)").exists()).as("the kind kept in the new filter").isTrue();
        assertThat(kind.getValue()).isEqualTo(kindOf);
        int expected = register.count(surreyOverdue(kindOf));
        GridTester<Grid<RegisterRow>, RegisterRow> grid = grid();
        assertThat(grid.size()).isEqualTo(expected).isPositive();
        for (int i = 0; i < grid.size(); i++) {
            assertThat(grid.getRow(i).kind()).isEqualTo(kindOf);
            assertThat(grid.getRow(i).daysLeft()).isNegative();
        }
    }

    private static RegisterFilter surreyOverdue(RecommendationKind kind) {
        return new RegisterFilter(null, "SURREY", Set.of(), kind, null, null, true, null, null, null, null);
    }

    @Test
    @WithUserDetails("hmicfrs")
    void theFoldedFiltersAreMadeWhenOpenedAndFilterAtOnce() {
        follow("recommendations?force=SURREY");
        assertThat(find(ComboBox.class).withLabel("Priority").exists()).as("not made until opened").isFalse();

        test(find(Button.class).withText("More filters").single()).click();
        @SuppressWarnings("unchecked")
        ComboBox<Priority> priority = find(ComboBox.class).withLabel("Priority").single();
        assertThat(priority.getValue()).isNull();
        assertThat(priority.getPlaceholder()).isEqualTo("All");
        test(priority).selectItem("High");

        GridTester<Grid<RegisterRow>, RegisterRow> grid = grid();
        assertThat(grid.size()).isPositive();
        for (int i = 0; i < grid.size(); i++) {
            assertThat(grid.getRow(i).priority()).isEqualTo(Priority.HIGH);
            assertThat(grid.getRow(i).recipientName()).isEqualTo("Surrey Police");
        }
        assertThat(find(Button.class).withText("More filters (1)").exists()).isTrue();
        test(find(Button.class).withText("More filters (1)").single()).click();
        assertThat(priority.getParent().orElseThrow().isVisible()).as("folded again").isFalse();
    }

    @Test
    @WithUserDetails("hmicfrs")
    void aLinkNamingAThemeThatIsNotKnownIsSaidSoAndTheRestOfItShown() {
        follow("recommendations?kind=RECOMMENDATION&theme=cyber");

        assertThat(find(Notification.class).all()).extracting(n -> test(n).getText())
                .contains("The link's theme \"CYBER\" is not known, so it was left out.");
        int expected = register.count(new RegisterFilter(null, null, Set.of(), RecommendationKind.RECOMMENDATION, null,
                null, false, null, null, null, null));
        assertThat(expected).as("the selection without the theme is not empty").isPositive();
        assertThat(grid().size()).isEqualTo(expected);
        assertThat(find(Button.class).withText("More filters (1)").all()).as("the kind alone").hasSize(1);
        @SuppressWarnings("unchecked")
        ComboBox<Object> theme = find(ComboBox.class).withLabel("Theme").single();
        assertThat(theme.getValue()).isNull();
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
