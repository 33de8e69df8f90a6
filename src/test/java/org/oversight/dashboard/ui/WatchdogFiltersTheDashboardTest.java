package org.oversight.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.oversight.testsupport.DatabaseTest;
import org.springframework.security.test.context.support.WithUserDetails;

/** HMICFRS staff read the national dashboard, narrow it to one watchdog and period, and follow its links. */
@DatabaseTest
@WithUserDetails("hmicfrs")
class WatchdogFiltersTheDashboardTest extends SpringBrowserlessTest {

    @Test
    void seesEveryForceWithNothingHighlighted() {
        navigate(HomeView.class);

        assertThat(find(Paragraph.class).withClassName("dashboard-coverage").single().getText())
                .isEqualTo("The figures and charts count the recommendations to every force and national body.");
        Section status = find(Section.class).withId("chart-status-by-force").single();
        assertThat(find(Image.class, status).single().getAlt()).hasValueSatisfying(alt -> assertThat(alt)
                .contains(" open in total").doesNotContain("Surrey Police has"));
        assertThat(find(Section.class).withClassName("chart-panel").all()).hasSize(5 + 1);
    }

    @Test
    void choosingAWatchdogAndPeriodPutsThemInTheUrlAndInEveryLink() {
        navigate(HomeView.class);

        test(find(Select.class).withCaption("Watchdog").single()).selectItem("IOPC");
        test(find(Select.class).withCaption("Period").single()).selectItem("Published in the last 3 years");

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getQueryParameters().getParameters())
                .isEqualTo(Map.of("watchdog", List.of("IOPC"), "period", List.of("3y")));
        Anchor overdue = find(Anchor.class).withClassName("figure-tile")
                .withCondition(a -> find(Span.class, a).withText("Overdue").exists()).single();
        assertThat(overdue.getHref()).startsWith("recommendations?watchdog=IOPC&publishedFrom=").endsWith("&overdue=true");

        Section byWatchdog = find(Section.class).withId("chart-overdue-by-watchdog").single();
        test(find(Button.class, byWatchdog).withText("Show as table").single()).click();
        assertThat(find(Anchor.class, byWatchdog).withText("IOPC").single().getHref())
                .startsWith("recommendations?watchdog=IOPC&publishedFrom=").endsWith("&overdue=true");
        assertThat(find(Anchor.class, byWatchdog).withText("HMICFRS").exists()).isFalse();

        test(find(Button.class).withText("Clear filters").single()).click();
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getQueryParameters().getParameters()).isEmpty();
    }

    @Test
    void aLinkWithFiltersOpensTheDashboardFiltered() {
        navigate(HomeView.class);
        UI.getCurrent().navigate(HomeView.class, QueryParameters.of("theme", "CUSTODY"));

        Section heat = find(Section.class).withId("chart-themes-by-force").single();
        test(find(Button.class, heat).withText("Show as table").single()).click();
        assertThat(find(Anchor.class, find(NativeTable.class, heat).single()).all()).isNotEmpty()
                .allSatisfy(a -> assertThat(a.getHref()).contains("theme=CUSTODY"));
    }
}
