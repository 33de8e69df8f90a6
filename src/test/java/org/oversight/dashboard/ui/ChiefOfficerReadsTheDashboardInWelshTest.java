package org.oversight.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;
import org.oversight.base.Formats;
import org.oversight.base.i18n.Language;
import org.oversight.base.i18n.Messages;
import org.oversight.dashboard.DashboardFilter;
import org.oversight.dashboard.DashboardService;
import org.oversight.testsupport.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Surrey's chief officer reads the dashboard in Welsh (issue 20): headings, tiles, a Welsh plural and a Welsh date,
 * the charts' titles and alt texts, the "show as table" tables with their register links, and the service's refusals.
 */
@DatabaseTest
@WithUserDetails("chief.surrey")
class ChiefOfficerReadsTheDashboardInWelshTest extends SpringBrowserlessTest {

    @Autowired
    DashboardService service;

    @Test
    void theHomePageTilesAndChartsReadInWelsh() {
        UI.getCurrent().setLocale(Language.WELSH.locale());
        navigate(HomeView.class);
        var figures = service.dashboard(DashboardFilter.NONE).headline();

        assertThat(find(H1.class).single().getText()).startsWith("Croeso, ");
        assertThat(find(Paragraph.class).withClassName("dashboard-coverage").single().getText())
                .isEqualTo("Mae'r ffigurau a'r siartiau'n cyfrif argymhellion Surrey Police yn unig, ac eithrio'r siart "
                        + "statws fesul heddlu, sy'n gosod ffigurau Surrey Police ochr yn ochr â ffigurau pob heddlu arall.");
        Anchor open = tile("Ar agor");
        assertThat(find(Span.class, open).withClassName("figure-detail").single().getText())
                .isEqualTo((figures.open() == 1 ? "argymhelliad" : "argymhellion") + ", Surrey Police");
        // a Welsh plural: "14 diwrnod", never "14 days"
        assertThat(tile("Yn ddyledus o fewn 14 diwrnod").getHref()).isEqualTo("recommendations?dueWithin=14");
        // a Welsh date: the quarter's first day with a Welsh month
        String since = quarterDetail();
        String welshDate = Language.WELSH.speak(() -> Formats.date(figures.quarterStart()));
        assertThat(since).isEqualTo("ers " + welshDate);
        assertThat(welshDate).isNotEqualTo(Language.ENGLISH.speak(() -> Formats.date(figures.quarterStart())));

        Section panel = find(Section.class).withId("chart-status-by-force").single();
        assertThat(find(H3.class, panel).single().getText()).isEqualTo("Statws argymhellion fesul heddlu");
        assertThat(find(Image.class, panel).single().getAlt()).hasValueSatisfying(alt -> assertThat(alt)
                .startsWith("Statws argymhellion ar gyfer ").contains("Mae gan Surrey Police "));
        test(find(Button.class, panel).withText("Dangos fel tabl").single()).click();

        assertThat(find(Button.class, panel).withText("Dangos fel siart").exists()).isTrue();
        NativeTable table = find(NativeTable.class, panel).single();
        assertThat(find(NativeTableHeaderCell.class, table).all()).extracting(c -> c.getText())
                .contains("Heddlu", "Yn hwyr", "Wedi'i ddilysu a'i gau", "Ar agor", "Cyfanswm");
        // the table's links find their columns in Welsh too (TableLinks no longer reads English headers)
        var linked = find(Anchor.class, table).all();
        assertThat(linked).extracting(Anchor::getHref).anyMatch(h -> h.contains("force=SURREY") && h.contains("overdue=true"));
        assertThat(linked).extracting(Anchor::getHref).anyMatch(h -> h.contains("force=SURREY")
                && h.contains("status=VERIFIED_IMPLEMENTED") && !h.contains("status=OPEN"));
    }

    @Test
    void countsTakeWelshPluralsAndMutations() {
        assertThat(Messages.t(Language.WELSH, "dashboard.count.actions", 1)).isEqualTo("1 cam gweithredu");
        assertThat(Messages.t(Language.WELSH, "dashboard.count.actions", 2)).isEqualTo("2 gam gweithredu");
        assertThat(Messages.t(Language.WELSH, "dashboard.count.actions", 3)).isEqualTo("3 cham gweithredu");
        assertThat(Messages.t(Language.WELSH, "dashboard.count.actions", 4)).isEqualTo("4 cam gweithredu");
        assertThat(Messages.t(Language.ENGLISH, "dashboard.count.actions", 2)).isEqualTo("2 actions");
    }

    @Test
    void theServiceRefusesInWelsh() {
        assertThatThrownBy(() -> Language.WELSH.speak(() -> service.planTimeline(987_654_321L)))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessage("Does dim cynllun gweithredu 987654321 y gallwch ei weld.");
        assertThatThrownBy(() -> service.planTimeline(987_654_321L))
                .hasMessage("There is no action plan 987654321 that you can see.");
    }

    private String quarterDetail() {
        var tile = find(com.vaadin.flow.component.html.Div.class).withClassName("figure-tile")
                .withCondition(d -> find(Span.class, d).withText("Wedi'u dilysu y chwarter hwn").exists()).single();
        return find(Span.class, tile).withClassName("figure-detail").single().getText();
    }

    private Anchor tile(String label) {
        return find(Anchor.class).withClassName("figure-tile")
                .withCondition(a -> find(Span.class, a).withText(label).exists()).single();
    }
}
