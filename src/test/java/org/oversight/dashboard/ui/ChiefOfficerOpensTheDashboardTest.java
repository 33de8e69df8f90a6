package org.oversight.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;
import org.oversight.dashboard.DashboardFilter;
import org.oversight.dashboard.DashboardService;
import org.oversight.testsupport.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** Surrey's chief officer opens the dashboard: Surrey's figures, Surrey highlighted among all forces. */
@DatabaseTest
@WithUserDetails("chief.surrey")
class ChiefOfficerOpensTheDashboardTest extends SpringBrowserlessTest {

    @Autowired
    DashboardService service;

    @Test
    void seesSurreysFiguresAndWhatEachCovers() {
        navigate(HomeView.class);
        var figures = service.dashboard(DashboardFilter.NONE).headline();

        assertThat(find(Paragraph.class).withClassName("dashboard-coverage").single().getText())
                .isEqualTo("The figures and charts count Surrey Police's recommendations only, except the "
                        + "status-by-force chart, which sets Surrey Police's counts beside every other force's.");
        Anchor open = tile("Open");
        assertThat(open.getHref()).isEqualTo("recommendations?status=OPEN&status=PLAN_AWAITED&status=PLAN_SUBMITTED"
                + "&status=PLAN_ACCEPTED&status=IN_PROGRESS&status=REPORTED_COMPLETE");
        assertThat(find(Span.class, open).withClassName("figure-value").single().getText())
                .isEqualTo(String.valueOf(figures.open()));
        assertThat(find(Span.class, open).withClassName("figure-detail").single().getText())
                .as("the tile names its unit and scope").isEqualTo("recommendations, Surrey Police");
        assertThat(tile("Overdue").getHref()).isEqualTo("recommendations?overdue=true");
        // the bell's window (oversight.deadlines.due-soon-days), one definition (decision 0010)
        assertThat(tile("Due within 14 days").getHref()).isEqualTo("recommendations?dueWithin=14");
    }

    @Test
    void seesSurreyHighlightedAmongEveryForceAndCanOpenOnlySurreysRow() {
        navigate(HomeView.class);
        Section panel = find(Section.class).withId("chart-status-by-force").single();

        assertThat(find(H3.class, panel).single().getText()).isEqualTo("Status of recommendations by force");
        assertThat(find(Image.class, panel).single().getAlt()).hasValueSatisfying(alt -> assertThat(alt)
                .startsWith("Status of recommendations for ").contains("Surrey Police has "));
        assertThat(find(NativeTable.class, panel).exists()).as("the table is hidden until asked for").isFalse();
        // not merely hidden: not built, so an open dashboard keeps no table's components in its session
        assertThat(descendants(find(Section.class).withClassName("chart-panel").all()))
                .as("no chart's table is built before it is asked for").noneMatch(NativeTable.class::isInstance);

        test(find(Button.class, panel).withText("Show as table").single()).click();

        assertThat(find(NativeTable.class, panel).exists()).isTrue();
        assertThat(find(Image.class, panel).exists()).as("the chart gives way to the table").isFalse();
        assertThat(find(Button.class, panel).withText("Show as chart").exists()).isTrue();
        var rows = find(NativeTableRow.class, panel).all();
        assertThat(rows).hasSizeGreaterThan(5);
        var linked = find(Anchor.class, find(NativeTable.class, panel).single()).all();
        assertThat(linked).isNotEmpty().allSatisfy(a -> assertThat(a.getHref()).contains("force=SURREY"));
        assertThat(linked).extracting(Anchor::getText).contains("Surrey Police");
        assertThat(find(Anchor.class, find(NativeTable.class, panel).single()).withText("Devon and Cornwall Police").exists()).isFalse();
    }

    private static java.util.List<com.vaadin.flow.component.Component> descendants(
            java.util.List<? extends com.vaadin.flow.component.Component> roots) {
        java.util.List<com.vaadin.flow.component.Component> all = new java.util.ArrayList<>(roots);
        for (int i = 0; i < all.size(); i++) {
            all.get(i).getChildren().forEach(all::add); // hidden children included
        }
        return all;
    }

    @Test
    void seesTheirOwnForceOnlyInTheHeatMapAndTheirPlanInTheTimeline() {
        navigate(HomeView.class);
        Section heat = find(Section.class).withId("chart-themes-by-force").single();
        test(find(Button.class, heat).withText("Show as table").single()).click();

        assertThat(find(NativeTableRow.class, heat).all()).hasSize(2);   // header and Surrey
        ComboBox<?> picker = find(ComboBox.class).withCaption("Action plan").single();
        assertThat(picker.getValue()).isNotNull();
        assertThat(find(H3.class).withTextContaining("Action plan: Surrey Police").exists()).isTrue();
    }

    private Anchor tile(String label) {
        return find(Anchor.class).withClassName("figure-tile")
                .withCondition(a -> find(Span.class, a).withText(label).exists()).single();
    }
}
