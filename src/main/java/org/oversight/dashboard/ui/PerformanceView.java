package org.oversight.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.oversight.base.Formats;
import org.oversight.base.i18n.Language;
import org.oversight.base.i18n.Messages;
import org.oversight.dashboard.DashboardFilter;
import org.oversight.dashboard.DashboardService;
import org.oversight.dashboard.ForcePerformance;
import org.oversight.dashboard.PerformanceService;
import org.oversight.dashboard.PerformanceTable;
import org.oversight.dashboard.RegisterLink;
import org.oversight.dashboard.chart.ChartTable;
import org.oversight.dashboard.chart.PerformanceChart;
import org.oversight.dashboard.chart.RenderedChart;
import org.oversight.recommendation.Status;
import org.oversight.security.Role;

/**
 * Forces compared fairly: a table of rates per force (sortable, filtered by watchdog, period and theme, all in the
 * URL), each figure linking to the register's items behind it, a chart of the sorted rate, and the national median.
 */
@Route("performance")
@Menu(order = 1, title = "dashboard.performance.menu", icon = "vaadin:chart-grid")
@RolesAllowed({Role.ADMIN_NAME, Role.WATCHDOG_NAME, Role.NATIONAL_LEAD_NAME, Role.CHIEF_OFFICER_NAME})
class PerformanceView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String SORT = "sort";

    /** A column: its key in the URL, its heading's message key, and how to read its value from a row. */
    private record Column(String key, String headingKey, Function<ForcePerformance, Double> value, boolean rate,
                          boolean lowerIsBetter) {

        String heading() {
            return Messages.t(headingKey);
        }
    }

    private static final List<Column> COLUMNS = List.of(
            new Column("ontime", "dashboard.performance.column.ontime", ForcePerformance::onTimeShare, true, false),
            new Column("days", "dashboard.performance.column.days", ForcePerformance::medianDaysToVerify, false, true),
            new Column("overdue", "dashboard.performance.column.overdue", ForcePerformance::overdueShare, true, true),
            new Column("reopened", "dashboard.performance.column.reopened", ForcePerformance::reopenRate, true, true),
            new Column("effective", "dashboard.performance.column.effective", ForcePerformance::effectiveShare, true, false),
            new Column("repeats", "dashboard.performance.column.repeats", ForcePerformance::repeatShare, true, true));

    private final PerformanceService performance;
    private final DashboardService dashboard;
    private final Clock clock;

    PerformanceView(PerformanceService performance, DashboardService dashboard, Clock clock) {
        this.performance = performance;
        this.dashboard = dashboard;
        this.clock = clock;
        addClassName("performance-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> params = event.getLocation().getQueryParameters().getParameters();
        DashboardFilter filter = DashboardFilter.parse(params);
        String sort = params.getOrDefault(SORT, List.of("name")).getFirst();
        render(filter, sort);
    }

    private void render(DashboardFilter filter, String sortKey) {
        removeAll();
        PerformanceTable table = performance.compare(filter);
        LocalDate today = LocalDate.now(clock);
        add(new H1(getTranslation("dashboard.performance.heading")));
        add(new Paragraph(getTranslation(table.ownForce() == null ? "dashboard.performance.intro"
                : "dashboard.performance.intro-own", table.forcesCompared())));
        if (table.ownForce() == null) {
            add(new com.vaadin.flow.router.RouterLink(getTranslation("dashboard.performance.themes-link"),
                    ThemesOverTimeView.class));
        }
        add(new FilterBar(dashboard.filterOptions(), filter, f -> navigate(f, sortKey)));
        List<ForcePerformance> rows = sorted(table.rows(), sortKey);
        if (rows.isEmpty()) {
            add(new Paragraph(getTranslation("dashboard.performance.none")));
            return;
        }
        Div scroll = new Div(tableOf(rows, table, filter, sortKey, today));
        scroll.addClassName("performance-scroll");
        add(scroll);
        add(chart(rows, table, sortKey));
    }

    private Component tableOf(List<ForcePerformance> rows, PerformanceTable table, DashboardFilter filter, String sortKey,
                              LocalDate today) {
        com.vaadin.flow.dom.Element t = new com.vaadin.flow.dom.Element("table");
        t.getClassList().add("performance-table");
        t.getClassList().add("cards-on-phones");
        com.vaadin.flow.dom.Element caption = new com.vaadin.flow.dom.Element("caption");
        caption.setText(getTranslation("dashboard.performance.caption"));
        caption.getClassList().add("visually-hidden");
        t.appendChild(caption);
        com.vaadin.flow.dom.Element head = new com.vaadin.flow.dom.Element("tr");
        head.appendChild(th(sortButton(getTranslation("dashboard.table.force"), "name", sortKey, filter)));
        for (Column c : COLUMNS) {
            head.appendChild(th(sortButton(c.heading(), c.key(), sortKey, filter)));
        }
        com.vaadin.flow.dom.Element thead = new com.vaadin.flow.dom.Element("thead");
        thead.appendChild(head);
        t.appendChild(thead);
        com.vaadin.flow.dom.Element body = new com.vaadin.flow.dom.Element("tbody");
        for (ForcePerformance f : rows) {
            com.vaadin.flow.dom.Element tr = new com.vaadin.flow.dom.Element("tr");
            if (f.code().equals(table.ownForce())) {
                tr.getClassList().add("own-force");
            }
            RegisterLink force = RegisterLink.of(filter, today).force(f.code());
            tr.appendChild(td(link(f.name(), force, getTranslation("dashboard.performance.title.items", f.items(), f.name()))));
            tr.appendChild(td(link(share(f.onTimeShare(), f.responsesOnTime(), f.responsesMade()), force,
                    getTranslation("dashboard.performance.title.ontime", f.responsesOnTime(), f.responsesMade()))));
            tr.appendChild(td(link(days(f.medianDaysToVerify(), f.verified()),
                    force.statuses(List.of(Status.VERIFIED_IMPLEMENTED)), getTranslation("dashboard.performance.title.verified", f.verified()))));
            tr.appendChild(td(link(share(f.overdueShare(), f.overdue(), f.open()), force.overdue(),
                    getTranslation("dashboard.performance.title.overdue", f.overdue(), f.open()))));
            tr.appendChild(td(link(share(f.reopenRate(), f.reopened(), f.everClosed()), force,
                    getTranslation("dashboard.performance.title.reopened", f.reopened(), f.everClosed()))));
            tr.appendChild(td(link(share(f.effectiveShare(), f.effective(), f.assessed())
                            + (f.undetermined() > 0 ? getTranslation("dashboard.performance.undetermined", f.undetermined()) : ""),
                    force.statuses(List.of(Status.VERIFIED_IMPLEMENTED)),
                    getTranslation("dashboard.performance.title.effective", f.effective(), f.assessed()))));
            tr.appendChild(td(link(share(f.repeatShare(), f.repeats(), f.items()), force,
                    getTranslation("dashboard.performance.title.repeats", f.repeats(), f.items()))));
            // on a phone each row is a card, each figure labelled with its column's heading (phone.css)
            for (int i = 1; i < tr.getChildCount(); i++) {
                tr.getChild(i).setAttribute("data-label", COLUMNS.get(i - 1).heading());
            }
            body.appendChild(tr);
        }
        ForcePerformance.Medians m = table.medians();
        com.vaadin.flow.dom.Element median = new com.vaadin.flow.dom.Element("tr");
        median.getClassList().add("national-median");
        median.appendChild(td(new Text(getTranslation("dashboard.performance.median-row", table.forcesCompared()))));
        List<Double> values = java.util.Arrays.asList(m.onTimeShare(), m.medianDaysToVerify(), m.overdueShare(),
                m.reopenRate(), m.effectiveShare(), m.repeatShare());
        for (int i = 0; i < COLUMNS.size(); i++) {
            Double v = values.get(i);
            median.appendChild(td(new Text(v == null ? getTranslation("dashboard.performance.no-data")
                    : COLUMNS.get(i).rate() ? Formats.percent(v) : Messages.t("base.days", Math.round(v)))));
        }
        body.appendChild(median);
        t.appendChild(body);
        Div holder = new Div();
        holder.getElement().appendChild(t);
        return holder;
    }

    private Component chart(List<ForcePerformance> rows, PerformanceTable table, String sortKey) {
        Column column = COLUMNS.stream().filter(c -> c.key().equals(sortKey) && c.rate()).findFirst()
                .orElse(COLUMNS.getFirst());
        List<PerformanceChart.Bar> bars = new ArrayList<>();
        for (ForcePerformance f : rows) {
            Double v = column.value().apply(f);
            if (v != null) {
                bars.add(new PerformanceChart.Bar(f.name(), v * 100, f.code().equals(table.ownForce())));
            }
        }
        Double national = switch (column.key()) {
            case "ontime" -> table.medians().onTimeShare();
            case "overdue" -> table.medians().overdueShare();
            case "reopened" -> table.medians().reopenRate();
            case "effective" -> table.medians().effectiveShare();
            default -> table.medians().repeatShare();
        };
        if (national != null) {
            bars.add(new PerformanceChart.Bar(getTranslation("dashboard.performance.median"), national * 100, false));
        }
        Div box = new Div();
        box.addClassName("chart-frame");
        if (bars.isEmpty()) {
            box.add(new Paragraph(getTranslation("dashboard.performance.no-chart",
                    column.heading().toLowerCase(Language.current().locale()))));
            return box;
        }
        String alt = national == null ? getTranslation("dashboard.performance.chart-alt", column.heading())
                : getTranslation("dashboard.performance.chart-alt-median", column.heading(), Formats.percent(national));
        Component image = ChartImage.of(variant -> new RenderedChart(column.heading(), alt,
                new ChartTable(List.of(), List.of()), false, PerformanceChart.svg(column.heading(), bars, variant)),
                ChartTheme.current(), "forces-compared");
        box.add(new Paragraph(getTranslation("dashboard.performance.chart-note", column.heading())), image);
        return box;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dashboard.performance.page-title");
    }

    private static com.vaadin.flow.dom.Element th(Component c) {
        com.vaadin.flow.dom.Element th = new com.vaadin.flow.dom.Element("th");
        th.setAttribute("scope", "col");
        th.appendChild(c.getElement());
        return th;
    }

    private static com.vaadin.flow.dom.Element td(Component c) {
        com.vaadin.flow.dom.Element td = new com.vaadin.flow.dom.Element("td");
        td.appendChild(c.getElement());
        return td;
    }

    private Component sortButton(String heading, String key, String current, DashboardFilter filter) {
        Button b = new Button(heading + (key.equals(current) ? " ▲" : ""), e -> navigate(filter, key));
        b.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        return b;
    }

    private static Anchor link(String text, RegisterLink link, String title) {
        Anchor a = new Anchor(link.href(), text);
        a.setTitle(title);
        return a;
    }

    static String share(Double rate, int part, int whole) {
        return rate == null ? Messages.t("dashboard.performance.no-data")
                : Messages.t("dashboard.performance.share", Formats.percent(rate), part, whole);
    }

    static String days(Double median, int verified) {
        return median == null ? Messages.t("dashboard.performance.no-data")
                : Messages.t("dashboard.performance.days", Messages.t("base.days", Math.round(median)), verified);
    }

    /** Sorted by the column, best first (highest rate, or lowest where lower is better); no data last. */
    static List<ForcePerformance> sorted(List<ForcePerformance> rows, String key) {
        Column column = COLUMNS.stream().filter(c -> c.key().equals(key)).findFirst().orElse(null);
        if (column == null) {
            return rows.stream().sorted(Comparator.comparing(ForcePerformance::name)).toList();
        }
        Comparator<Double> byValue = column.lowerIsBetter() ? Comparator.naturalOrder() : Comparator.reverseOrder();
        return rows.stream().sorted(Comparator.comparing(column.value(), Comparator.nullsLast(byValue))
                .thenComparing(ForcePerformance::name)).toList();
    }

    private void navigate(DashboardFilter filter, String sortKey) {
        Map<String, List<String>> p = new LinkedHashMap<>(filter.toParameters());
        if (sortKey != null && !sortKey.equals("name")) {
            p.put(SORT, List.of(sortKey));
        }
        getUI().ifPresent(ui -> ui.navigate(PerformanceView.class, new QueryParameters(p)));
    }
}
