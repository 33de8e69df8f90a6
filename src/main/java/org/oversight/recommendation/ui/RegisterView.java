package org.oversight.recommendation.ui;

import org.oversight.base.ui.BuiltOnEntry;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.oversight.base.DateWindow;
import org.oversight.base.ui.ExportMenu;
import org.oversight.base.ui.Feedback;
import org.oversight.recommendation.KindLabels;
import org.oversight.recommendation.OrganisationRef;
import org.oversight.recommendation.RecommendationRegister;
import org.oversight.recommendation.RegisterPager;
import org.oversight.recommendation.ReferenceData;
import org.oversight.recommendation.RegisterFilter;
import org.oversight.recommendation.RegisterRow;
import org.oversight.recommendation.SortBy;
import org.oversight.security.CurrentUser;
import org.oversight.security.SignedInUser;
import com.vaadin.flow.router.RouteConfiguration;
import org.oversight.base.ui.RowLinks;

/**
 * The register: every recommendation the user may see, one line per recipient. The filters are the URL's query
 * parameters (see docs/register-links.md), so a filtered register can be bookmarked or linked from an e-mail.
 */
@Route("recommendations")
@Menu(order = 10, title = "recommendation.menu", icon = "vaadin:clipboard-check")
@PermitAll
class RegisterView extends VerticalLayout implements BuiltOnEntry, HasDynamicTitle {

    /** Rows the grid asks for at a time; the count is read with the first of them. */
    private static final int PAGE_SIZE = 50;

    private final DateWindow dates;
    private final RecommendationRegister register;
    private final RegisterPager pager;
    private final transient ReferenceData reference;
    private final transient CurrentUser currentUser;
    private final Clock clock;
    private SignedInUser user;
    private final Map<String, String> names = new HashMap<>();
    /** The organisations and themes a link may name, as the filter bar offers them. */
    private ReferenceData.Known known = new ReferenceData.Known(List.of(), List.of());
    private RegisterFilterBar filters;
    private Span count;
    private Div empty;
    private Grid<RegisterRow> grid;
    /** Read by the export, which runs in its own request. */
    private volatile RegisterFilter filter = RegisterFilter.NONE;
    private volatile List<SortBy> lastSort = List.of();
    private int lastCount;

    RegisterView(RecommendationRegister register, ReferenceData reference, CurrentUser currentUser, DateWindow dates,
                 Clock clock) {
        this.dates = dates;
        this.register = register;
        this.pager = new RegisterPager(register);
        this.reference = reference;
        this.currentUser = currentUser;
        this.clock = clock;
        addClassName("register-view");
        setSizeFull();
    }

    /** The page's frame: its heading, filters, count and grid, for the signed-in person (each entry: BuiltOnEntry). */
    @Override
    public void build() {
        user = currentUser.require();
        count = new Span();
        empty = new Div();
        grid = new Grid<>();
        names.clear();
        known = reference.known();
        known.organisations().forEach(o -> names.put(o.code(),
                o.kind() == OrganisationRef.Kind.WATCHDOG ? o.shortName() : o.name()));
        known.themes().forEach(t -> names.put(t.code(), t.name()));
        boolean seesAll = seesAll();
        filters = new RegisterFilterBar(known.watchdogs(), seesAll ? known.recipients() : List.of(), known.themes());
        filters.onChange(this::filterChanged);

        count.addClassName("register-count");
        empty.addClassName("empty-state");
        configureGrid();
        H1 title = new H1(getTranslation("recommendation.register.heading"));
        Paragraph scope = new Paragraph(seesAll ? getTranslation("recommendation.register.intro-all")
                : getTranslation("recommendation.register.intro-one", user.organisationName()));
        scope.addClassName("view-intro");
        ExportMenu export = new ExportMenu(clock, this::exportName, out -> register.export(filter, lastSort, out));
        add(title, scope, filters, export, count, empty, grid);
        setFlexGrow(1, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("recommendation.register.title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        rebuild();
        StringBuilder problems = new StringBuilder();
        Consumer<String> problem = p -> problems.append(problems.isEmpty() ? "" : " ").append(p);
        filter = RegisterFilter.parse(event.getLocation().getQueryParameters().getParameters(), dates, problem)
                .withKnownCodes(known, problem);
        filters.show(filter);
        refresh();
        if (!problems.isEmpty()) {
            Feedback.error(problems.toString());
        }
    }

    private void filterChanged(RegisterFilter changed) {
        filter = changed;
        filters.show(filter);
        UI.getCurrent().getPage().getHistory().replaceState(null,
                new Location(RouteConfiguration.forSessionScope().getUrl(RegisterView.class), new QueryParameters(filter.toParameters())));
        refresh();
    }

    private void refresh() {
        // with the grid's first page where one statement serves both (decision 0125); the pager hands that page over
        lastCount = pager.count(filter, lastSort, PAGE_SIZE);
        count.setText(FilterDescription.count(lastCount, filter, names));
        count.setVisible(lastCount > 0);
        empty.setVisible(lastCount == 0);
        empty.setText(emptyText());
        grid.setVisible(lastCount > 0);
        grid.getDataProvider().refreshAll();
    }

    private boolean seesAll() {
        return register.scope().seesEveryOrganisation();
    }

    private String emptyText() {
        if (filter.force() != null && !seesAll()
                && !names.getOrDefault(filter.force(), "").equals(user.organisationName())) {
            return getTranslation("recommendation.register.only-yours", user.organisationName());
        }
        if (filter.isEmpty()) {
            return getTranslation("recommendation.register.none-yet");
        }
        return getTranslation("recommendation.register.no-match", FilterDescription.count(0, filter, names));
    }

    private void configureGrid() {
        grid.addClassName("register-grid");
        RowLinks.enterOpens(grid);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setPageSize(PAGE_SIZE);
        // the cells are drawn as data, not components (RegisterCells, decision 0135)
        RegisterCells.itemColumn(grid).setHeader(getTranslation("recommendation.register.column.item"))
                .setSortProperty("reference").setWidth("12rem").setFlexGrow(1);
        // the kind and number read as words ("Area for improvement 3", as on the item's page), not "AFI 3"
        grid.addColumn(row -> KindLabels.reference(row.kind(), row.number()))
                .setHeader(getTranslation("recommendation.register.column.number")).setSortProperty("number")
                .setWidth("9rem").setFlexGrow(0);
        // users who see one organisation's items only would read its name on every line
        grid.addColumn(RegisterRow::recipientName).setHeader(getTranslation("recommendation.register.column.recipient")).setSortProperty("recipient").setWidth("9rem").setFlexGrow(0)
                .setVisible(seesAll());
        grid.addColumn(row -> row.priority().label())
                .setHeader(getTranslation("recommendation.register.column.priority")).setSortProperty("priority")
                // wide enough for its header and sort arrow in both languages: auto width left "Prio…" and "Blaen…"
                .setWidth("9rem").setFlexGrow(0);
        RegisterCells.statusColumn(grid)
                .setHeader(getTranslation("recommendation.register.column.status")).setSortProperty("status")
                .setWidth("9.5rem").setFlexGrow(0);
        RegisterCells.dueColumn(grid)
                .setHeader(getTranslation("recommendation.register.column.due")).setSortProperty("due").setWidth("10rem").setFlexGrow(0);
        grid.addColumn(RegisterRow::watchdogName)
                .setHeader(getTranslation("recommendation.register.column.watchdog"))
                .setSortProperty("watchdog").setWidth("6.5rem").setFlexGrow(0);
        // on a phone: one card a row (the recommendation, a link, then its force, status and due date)
        RegisterCells.phoneCards(grid, seesAll(), getTranslation("recommendation.register.column.item")).setSortProperty("reference");
        grid.setItems(query -> {
                    lastSort = sort(query.getSortOrders());
                    return pager.page(filter, query.getOffset(), query.getLimit(), lastSort).stream();
                },
                query -> lastCount);
        grid.addItemClickListener(e -> UI.getCurrent().navigate(RecommendationDetailView.class,
                new RouteParameters("id", String.valueOf(e.getItem().id()))));
    }

    /** "recommendations surrey police", "recommendations hmicfrs": what the file holds, for its name. */
    private String exportName() {
        RegisterFilter f = filter;
        StringBuilder name = new StringBuilder(getTranslation("recommendation.register.file-name"));
        if (f.force() != null) {
            name.append(' ').append(names.getOrDefault(f.force(), f.force()));
        } else if (!seesAll()) {
            name.append(' ').append(user.organisationName());
        }
        if (f.watchdog() != null) {
            name.append(' ').append(names.getOrDefault(f.watchdog(), f.watchdog()));
        }
        return name.toString();
    }

    private static List<SortBy> sort(List<QuerySortOrder> orders) {
        return orders.stream().map(o -> new SortBy(o.getSorted(), o.getDirection() == SortDirection.DESCENDING)).toList();
    }
}
