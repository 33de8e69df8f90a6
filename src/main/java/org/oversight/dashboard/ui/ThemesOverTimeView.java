package org.oversight.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
@PageTitle("Themes over time · Oversight Tracker")
@RolesAllowed({Role.ADMIN_NAME, Role.WATCHDOG_NAME, Role.NATIONAL_LEAD_NAME})
class ThemesOverTimeView extends Div implements BeforeEnterObserver {

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
        add(new RouterLink("← Forces compared", PerformanceView.class), new H1("Themes over time"),
                new Paragraph("For each theme, year by year: recommendations made (by the year their report was "
                        + "published), recommendations closed, and recommendations assessed effective after closure. "
                        + "\"Could not be determined\" is never counted as effective."));
        Map<String, String> themes = new LinkedHashMap<>();
        List<ThemeYear> all = service.themeYears();
        all.forEach(t -> themes.putIfAbsent(t.themeCode(), t.themeName()));
        if (themes.isEmpty()) {
            add(new Paragraph("No recommendation has a theme yet."));
            return;
        }
        String code = themes.containsKey(askedTheme) ? askedTheme : themes.keySet().iterator().next();
        Select<String> choice = new Select<>();
        choice.setLabel("Theme");
        choice.setItems(themes.keySet());
        choice.setItemLabelGenerator(themes::get);
        choice.setValue(code);
        choice.addValueChangeListener(e -> getUI().ifPresent(ui -> ui.navigate(ThemesOverTimeView.class,
                QueryParameters.of(THEME, e.getValue()))));
        add(choice);
        List<ThemesOverTimeChart.Year> years = all.stream().filter(t -> t.themeCode().equals(code))
                .map(t -> new ThemesOverTimeChart.Year(t.year(), t.made(), t.closed(), t.assessedEffective())).toList();
        String name = themes.get(code);
        String alt = name + ": recommendations made, closed and assessed effective by year, "
                + years.getFirst().year() + " to " + years.getLast().year() + ". The table below holds the same figures.";
        add(ChartImage.of(variant -> new RenderedChart(name, alt, new ChartTable(List.of(), List.of()), false,
                ThemesOverTimeChart.svg(name, years, variant)), ChartTheme.current(), "themes-over-time"));
        add(table(years));
    }

    private static Component table(List<ThemesOverTimeChart.Year> years) {
        Element t = new Element("table");
        t.getClassList().add("performance-table");
        Element head = new Element("tr");
        for (String h : List.of("Year", "Made", "Closed", "Assessed effective")) {
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
