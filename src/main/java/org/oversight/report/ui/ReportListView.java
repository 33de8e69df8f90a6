package org.oversight.report.ui;

import org.oversight.base.ui.BuiltOnEntry;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.oversight.base.Formats;
import org.oversight.base.ui.ExportMenu;
import org.oversight.base.ui.Filters;
import org.oversight.recommendation.KindLabels;
import org.oversight.recommendation.OrganisationRef;
import org.oversight.recommendation.ReferenceData;
import org.oversight.recommendation.SortBy;
import org.oversight.report.ReportFilter;
import org.oversight.report.ReportRow;
import org.oversight.report.ReportService;
import org.oversight.security.CurrentUser;
import com.vaadin.flow.router.RouteConfiguration;
import org.oversight.base.ui.NarrowScreens;
import org.oversight.base.ui.RowLinks;

/** Every report the user may see, newest first, filtered by watchdog and text (kept in the URL like the register). */
@Route("reports")
@Menu(order = 20, title = "report.list.heading", icon = "vaadin:book") // a message key, said by the layout in the reader's language
@PermitAll
class ReportListView extends VerticalLayout implements BuiltOnEntry, HasDynamicTitle {

    private final ReportService reports;
    private ComboBox<OrganisationRef> watchdog;
    private TextField search;
    private Span count;
    private Div empty;
    private Grid<ReportRow> grid;
    private final transient ReferenceData reference;
    private final transient CurrentUser currentUser;
    private final java.time.Clock clock;
    private final List<OrganisationRef> watchdogs;
    /** Read by the export, which runs in its own request. */
    private volatile ReportFilter filter = ReportFilter.NONE;
    private volatile List<SortBy> lastSort = List.of();
    private int lastCount;
    private boolean showing;

    ReportListView(ReportService reports, ReferenceData reference, CurrentUser currentUser, java.time.Clock clock) {
        this.reports = reports;
        this.watchdogs = reference.watchdogs();
        this.reference = reference;
        this.currentUser = currentUser;
        this.clock = clock;
        addClassName("report-list-view");
        setSizeFull();
    }

    /** The page's frame: heading, filters, count and grid (each entry: BuiltOnEntry). */
    @Override
    public void build() {
        watchdog = new ComboBox<>(getTranslation("report.field.watchdog"));
        search = new TextField(getTranslation("report.list.search"));
        count = new Span();
        empty = new Div();
        grid = new Grid<>();
        watchdog.setItems(watchdogs);
        watchdog.setItemLabelGenerator(OrganisationRef::shortName);
        // as on the register: empty means every watchdog, and says so
        Filters.allWhenEmpty(watchdog);
        search.setPlaceholder(getTranslation("report.list.search.placeholder"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        watchdog.addValueChangeListener(e -> changed());
        search.addValueChangeListener(e -> changed());
        Div filters = new Div(search, watchdog);
        filters.addClassName("register-filters");
        if (reports.canCreate()) {
            Button create = new Button(getTranslation("report.new"), VaadinIcon.PLUS.create(),
                    e -> ReportDialog.forNew(reports, reference, currentUser.require().organisationName(),
                            id -> UI.getCurrent().navigate(ReportDetailView.class,
                            new RouteParameters("id", String.valueOf(id)))).open());
            create.addThemeVariants(ButtonVariant.PRIMARY);
            filters.add(create);
        }
        count.addClassName("register-count");
        empty.addClassName("empty-state");
        configureGrid();
        ExportMenu export = new ExportMenu(clock, () -> getTranslation("report.list.file-name") + (filter.watchdog() == null ? "" : " " + watchdogs.stream()
                .filter(w -> w.code().equals(filter.watchdog())).map(OrganisationRef::shortName).findFirst().orElse("")),
                out -> reports.export(filter, lastSort, out));
        add(new H1(getTranslation("report.list.heading")), filters, export, count, empty, grid);
        setFlexGrow(1, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        rebuild();
        filter = ReportFilter.parse(event.getLocation().getQueryParameters().getParameters());
        showing = true;
        watchdog.setValue(watchdogs.stream().filter(w -> w.code().equals(filter.watchdog())).findFirst().orElse(null));
        search.setValue(filter.q() == null ? "" : filter.q());
        showing = false;
        refresh();
    }

    private void changed() {
        if (showing) {
            return;
        }
        filter = new ReportFilter(watchdog.getValue() == null ? null : watchdog.getValue().code(), search.getValue());
        UI.getCurrent().getPage().getHistory().replaceState(null, new Location(RouteConfiguration.forSessionScope().getUrl(ReportListView.class),
                new QueryParameters(filter.toParameters())));
        refresh();
    }

    private void refresh() {
        lastCount = reports.count(filter);
        String from = filter.watchdog() == null ? null : watchdogs.stream().filter(w -> w.code().equals(filter.watchdog()))
                .map(OrganisationRef::shortName).findFirst().orElse(filter.watchdog());
        String matching = filter.q();
        String variant = from == null ? (matching == null ? "" : ".matching") : (matching == null ? ".from" : ".from-matching");
        Object[] said = Stream.of(from, matching).filter(Objects::nonNull).toArray();
        count.setText(getTranslation("report.list.count" + variant,
                Stream.concat(Stream.of(lastCount), Stream.of(said)).toArray()));
        empty.setText(getTranslation("report.list.empty" + variant, said));
        count.setVisible(lastCount > 0);
        empty.setVisible(lastCount == 0);
        grid.setVisible(lastCount > 0);
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("report.list.page-title");
    }

    private void configureGrid() {
        grid.addClassName("report-grid");
        RowLinks.enterOpens(grid);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setPageSize(50);
        grid.addColumn(ReportRow::reference).setHeader(getTranslation("report.field.reference")).setSortProperty("reference").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(r -> new RouterLink(r.title(), ReportDetailView.class, new RouteParameters("id", String.valueOf(r.id()))))
                .setHeader(getTranslation("report.field.title")).setSortProperty("title").setWidth("20em").setFlexGrow(1);
        // fixed widths: auto width follows the short names (IOPC) and leaves no room for the heading and its sort sign
        grid.addColumn(ReportRow::watchdogName).setHeader(getTranslation("report.field.watchdog")).setSortProperty("watchdog").setWidth("9rem").setFlexGrow(0);
        grid.addColumn(r -> KindLabels.of(r.kind())).setHeader(getTranslation("report.field.kind")).setSortProperty("kind").setAutoWidth(true).setFlexGrow(0);
        // "Cyhoeddwyd" was cut to "Cyhoedd…"
        grid.addColumn(r -> Formats.date(r.publishedOn())).setHeader(getTranslation("report.field.published")).setSortProperty("published")
                .setWidth("9.5rem").setFlexGrow(0);
        grid.addColumn(ReportRow::recommendations).setHeader(getTranslation("report.list.recommendations")).setWidth("10.5em").setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(r -> r.items() == 0 ? "—" : getTranslation("report.list.open-of", r.openItems(), r.items())).setHeader(getTranslation("report.list.open-items"))
                .setWidth("7em").setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
        // on a phone: one card a row (the title, a link, then its reference, watchdog, date and open items): the
        // title and the open items side by side were wider than the screen
        NarrowScreens.cardsOnPhones(grid, this::phoneCard, getTranslation("report.field.title")).setSortProperty("title");
        grid.setItems(q -> {
                    lastSort = q.getSortOrders().stream()
                            .map(o -> new SortBy(o.getSorted(), o.getDirection() == SortDirection.DESCENDING)).toList();
                    return reports.page(filter, q.getOffset(), q.getLimit(), lastSort).stream();
                },
                q -> lastCount);
        grid.addItemClickListener(e -> UI.getCurrent().navigate(ReportDetailView.class,
                new RouteParameters("id", String.valueOf(e.getItem().id()))));
    }

    /** A report on a phone: its title (a link), then its reference, watchdog, kind, publication date and open items. */
    private Div phoneCard(ReportRow r) {
        RouterLink title = new RouterLink(r.title(), ReportDetailView.class, new RouteParameters("id", String.valueOf(r.id())));
        Div facts = new Div(new Span(r.reference()), new Span(r.watchdogName()), new Span(KindLabels.of(r.kind())),
                new Span(Formats.date(r.publishedOn())));
        if (r.items() > 0) {
            facts.add(new Span(getTranslation("report.list.open-items") + ": " + getTranslation("report.list.open-of", r.openItems(), r.items())));
        }
        facts.addClassName("phone-card-facts");
        Div card = new Div(title, facts);
        card.addClassName("register-cell");
        return card;
    }
}
