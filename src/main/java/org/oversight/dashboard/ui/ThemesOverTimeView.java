package org.oversight.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.oversight.base.i18n.Messages;
import org.oversight.dashboard.ThemeYear;
import org.oversight.dashboard.ThemesOverTimeService;
import org.oversight.dashboard.chart.ChartTable;
import org.oversight.dashboard.chart.RenderedChart;
import org.oversight.dashboard.chart.ThemesOverTimeChart;
import org.oversight.security.Role;

/**
 * Themes over time: for a chosen theme, recommendations made, closed and assessed effective, year by year, as a
 * chart (light or dark with the page) and, with the same figures, a table.
 */
@Route("performance/themes")
@RolesAllowed({Role.ADMIN_NAME, Role.WATCHDOG_NAME, Role.NATIONAL_LEAD_NAME})
class ThemesOverTimeView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String THEME = "theme";

    private final ThemesOverTimeService service;

    ThemesOverTimeView(ThemesOverTimeService service) {
        this.service = service;
        addClassName("themes-over-time");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> asked = event.getLocation().getQueryParameters().getParameters().getOrDefault(THEME, List.of());
        render(asked.isEmpty() ? null : asked.getFirst());
    }

    private void render(String askedTheme) {
        removeAll();
        add(new RouterLink(getTranslation("dashboard.themes-over-time.back"), PerformanceView.class),
                new H1(getTranslation("dashboard.themes-over-time.heading")),
                new Paragraph(getTranslation("dashboard.themes-over-time.intro")));
        Map<String, String> themes = new LinkedHashMap<>();
        List<ThemeYear> all = service.themeYears();
        all.forEach(t -> themes.putIfAbsent(t.themeCode(), t.themeName()));
        if (themes.isEmpty()) {
            add(new Paragraph(getTranslation("dashboard.themes-over-time.none")));
            return;
        }
        String code = themes.containsKey(askedTheme) ? askedTheme : themes.keySet().iterator().next();
        Select<String> choice = new Select<>();
        choice.setLabel(getTranslation("dashboard.filter.theme"));
        choice.setItems(themes.keySet());
        choice.setItemLabelGenerator(themes::get);
        choice.setValue(code);
        choice.addValueChangeListener(e -> getUI().ifPresent(ui -> ui.navigate(ThemesOverTimeView.class,
                QueryParameters.of(THEME, e.getValue()))));
        add(choice);
        List<ThemesOverTimeChart.Year> years = all.stream().filter(t -> t.themeCode().equals(code))
                .map(t -> new ThemesOverTimeChart.Year(t.year(), t.made(), t.closed(), t.assessedEffective())).toList();
        String name = themes.get(code);
        String alt = getTranslation("dashboard.themes-over-time.alt", name, String.valueOf(years.getFirst().year()),
                String.valueOf(years.getLast().year()));
        add(ChartImage.of(variant -> new RenderedChart(name, alt, new ChartTable(List.of(), List.of()), false,
                ThemesOverTimeChart.svg(name, years, variant)), ChartTheme.current(), "themes-over-time"));
        add(table(years));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dashboard.themes-over-time.page-title");
    }

    private static Component table(List<ThemesOverTimeChart.Year> years) {
        Element t = new Element("table");
        t.getClassList().add("performance-table");
        Element head = new Element("tr");
        for (String h : List.of(Messages.t("dashboard.themes-over-time.year"), Messages.t("dashboard.themes-over-time.made"),
                Messages.t("dashboard.themes-over-time.closed"), Messages.t("dashboard.themes-over-time.effective"))) {
            Element th = new Element("th");
            th.setAttribute("scope", "col");
            th.setText(h);
            head.appendChild(th);
        }
        t.appendChild(head);
        for (ThemesOverTimeChart.Year y : years) {
            Element tr = new Element("tr");
            Element year = new Element("th");
            year.setAttribute("scope", "row");
            year.setText(String.valueOf(y.year()));
            tr.appendChild(year);
            for (int n : new int[] {y.made(), y.closed(), y.assessedEffective()}) {
                tr.appendChild(new Element("td").setText(String.valueOf(n)));
            }
            t.appendChild(tr);
        }
        Div scroll = new Div();
        scroll.addClassName("performance-scroll");
        scroll.getElement().appendChild(t);
        return scroll;
    }
}
