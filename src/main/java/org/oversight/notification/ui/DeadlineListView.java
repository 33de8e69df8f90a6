package org.oversight.notification.ui;

import org.oversight.base.ui.BuiltOnEntry;
import com.vaadin.flow.router.HasDynamicTitle;
import org.oversight.base.i18n.Messages;
import java.util.List;
import org.oversight.deadline.CommissionerDeadline;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.HighlightConditions;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.oversight.base.Formats;
import org.oversight.recommendation.KindLabels;
import org.oversight.recommendation.ui.StatusBadge;
import org.oversight.deadline.Deadline;
import org.oversight.deadline.DeadlineFilter;
import org.oversight.deadline.DeadlineService;
import org.oversight.notification.CalendarFeedService;
import org.oversight.security.CurrentUser;
import org.oversight.security.SignedInUser;
import org.oversight.recommendation.ui.RecommendationLinks;
import org.oversight.base.ui.ExportMenu;
import org.oversight.deadline.ui.ClockLinks;
import org.oversight.base.ui.NarrowScreens;
import org.oversight.base.ui.RowLinks;

/**
 * The user's deadlines, most urgent first, each linked straight to its recommendation; the filter is in the
 * address (?show=overdue) so that a list can be bookmarked or linked from an e-mail. The calendar feed is managed
 * at the foot of the page.
 */
@Route("notifications")
@Menu(order = 50, title = "notification.deadlines.menu", icon = "vaadin:bell")
@PermitAll
class DeadlineListView extends VerticalLayout implements BuiltOnEntry, HasDynamicTitle {

    @Override
    public String getPageTitle() {
        return getTranslation("notification.deadlines.page-title");
    }

    private static final String SHOW = "show";
    private static final int SHORT_LIST = 25;

    private final transient DeadlineService deadlines;
    private final transient CalendarFeedService feeds;
    private final transient CurrentUser currentUser;
    private final java.time.Clock clock;
    private Nav filters;
    private final Map<DeadlineFilter, RouterLink> linkByFilter = new EnumMap<>(DeadlineFilter.class);
    private Grid<Deadline> grid;
    /** Each list's size, counted on entry with the lists' links. */
    private Map<DeadlineFilter, Integer> sizes = Map.of();
    private Paragraph empty;
    /** Read by the export, which runs in its own request. */
    private volatile DeadlineFilter filter = DeadlineFilter.NEEDS_ATTENTION;
    private com.vaadin.flow.component.html.Div commissionerSection;

    DeadlineListView(DeadlineService deadlines, CalendarFeedService feeds, CurrentUser currentUser, java.time.Clock clock) {
        this.deadlines = deadlines;
        this.feeds = feeds;
        this.currentUser = currentUser;
        this.clock = clock;
        addClassName("deadlines-view");
    }

    /** The page's frame: heading, the lists' links with their counts, the grid (each entry: BuiltOnEntry). */
    @Override
    public void build() {
        filters = new Nav();
        linkByFilter.clear();
        grid = new Grid<>();
        empty = new Paragraph();
        commissionerSection = new com.vaadin.flow.component.html.Div();
        SignedInUser user = currentUser.require();
        add(new H1(getTranslation("notification.deadlines.heading")), new Paragraph(scopeSentence(user)));
        sizes = deadlines.mySizes();
        // each list is a link to its own address (?show=…), not a tab strip: vaadin-tabs' inner scroll container is a
        // child of its tablist that axe-core counts as a critical fault (aria-required-children); beforeEnter marks
        // the current link with aria-current
        filters.addClassName("deadline-filters");
        filters.getElement().setAttribute("aria-label", getTranslation("notification.deadlines.filters"));
        for (DeadlineFilter f : DeadlineFilter.values()) {
            RouterLink link = new RouterLink(label(f, sizes.get(f)), DeadlineListView.class);
            link.setQueryParameters(QueryParameters.of(SHOW, slug(f)));
            link.setHighlightCondition(HighlightConditions.never());
            linkByFilter.put(f, link);
            filters.add(link);
        }
        configureGrid(deadlines.today(), deadlines.itemScope().seesEveryOrganisation());
        empty.addClassName("deadlines-empty");
        ExportMenu export = new ExportMenu(clock, () -> "deadlines " + slug(filter), out -> deadlines.export(filter, out));
        commissionerSection.addClassName("commissioner-section");
        add(filters, export, grid, empty, commissionerSection);
        add(new CalendarFeedSection(feeds));
    }

    /**
     * The commissioners' published responses still owed (Police Act 1996 s55): one per report and force, so listed
     * apart from the recommendations above, each linked to its clock, where it is recorded when published. The list
     * follows the chosen filter, as the recommendations' list does.
     */
    private void commissioners(List<CommissionerDeadline> owed, LocalDate today, DeadlineFilter f) {
        commissionerSection.removeAll();
        if (owed.isEmpty()) {
            return;
        }
        int soonDays = deadlines.dueSoonDays();
        List<CommissionerDeadline> shown = owed.stream().filter(c -> inFilter(c.standing(today, soonDays), f)).toList();
        H3 heading = new H3(getTranslation("notification.deadlines.commissioners.heading"));
        long overdue = owed.stream().filter(c -> c.overdue(today)).count();
        Paragraph intro = new Paragraph(getTranslation("notification.deadlines.commissioners.intro", owed.size(), overdue)
                + (shown.size() == owed.size() ? ""
                : " " + getTranslation("notification.deadlines.commissioners.shown", shown.size())));
        UnorderedList list = new UnorderedList();
        list.addClassName("commissioner-deadlines");
        for (CommissionerDeadline c : shown) {
            Span when = c.paused() ? new Span(getTranslation("notification.deadlines.paused")) : new Span(Formats.daysLeft(c.daysLeft(today)));
            when.addClassNames("status-badge", c.paused() ? "waiting" : c.overdue(today) ? "overdue" : "later");
            list.add(new ListItem(new Span(Formats.date(c.dueOn()) + " "), when,
                    new Span(" " + getTranslation("notification.deadlines.commissioners.item", c.forceName(),
                            c.reportReference(), c.reportTitle()) + " "),
                    ClockLinks.clocks(getTranslation("notification.deadlines.clock"), c.itemId())));
        }
        commissionerSection.add(heading, intro);
        if (!shown.isEmpty()) {
            commissionerSection.add(list);
        }
    }

    private static boolean inFilter(org.oversight.recommendation.DeadlineStanding.Standing standing, DeadlineFilter f) {
        return switch (f) {
            case NEEDS_ATTENTION -> standing.isOverdue() || standing == org.oversight.recommendation.DeadlineStanding.Standing.DUE_SOON;
            case OVERDUE -> standing.isOverdue();
            case DUE_SOON -> standing == org.oversight.recommendation.DeadlineStanding.Standing.DUE_SOON;
            case PAUSED -> standing == org.oversight.recommendation.DeadlineStanding.Standing.PAUSED;
            case ALL -> true;
        };
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        rebuild();
        String wanted = event.getLocation().getQueryParameters().getSingleParameter(SHOW).orElse("");
        DeadlineFilter f = Arrays.stream(DeadlineFilter.values())
                .filter(x -> slug(x).equals(wanted)).findFirst().orElse(DeadlineFilter.NEEDS_ATTENTION);
        linkByFilter.forEach((key, link) -> {
            link.setClassName("selected", key == f);
            if (key == f) {
                link.getElement().setAttribute("aria-current", "page");
            } else {
                link.getElement().removeAttribute("aria-current");
            }
        });
        show(f);
    }

    private void show(DeadlineFilter f) {
        filter = f;
        commissioners(deadlines.myCommissionerDeadlines(), deadlines.today(), f);
        // the size counted with the lists' links on entry: one tally a visit, which the grid reuses
        int count = sizes.get(f);
        grid.setItems(q -> deadlines.myDeadlines(filter, q.getOffset(), q.getLimit()).stream(), q -> count);
        boolean none = count == 0;
        grid.setVisible(!none);
        // a short list shows whole; a long one scrolls inside the page and loads as it goes
        grid.setAllRowsVisible(count <= SHORT_LIST);
        grid.setHeight(count <= SHORT_LIST ? null : "36rem");
        empty.setVisible(none);
        empty.setText(switch (f) {
            case NEEDS_ATTENTION -> getTranslation("notification.deadlines.empty.needs-attention", deadlines.dueSoonDays());
            case OVERDUE -> getTranslation("notification.deadlines.empty.overdue");
            case DUE_SOON -> getTranslation("notification.deadlines.empty.due-soon", deadlines.dueSoonDays());
            case PAUSED -> getTranslation("notification.deadlines.empty.paused");
            case ALL -> getTranslation("notification.deadlines.empty.all");
        });
    }

    /** @param showRecipient whether the user sees several recipients' items (watchdog staff, administrators) */
    private void configureGrid(LocalDate today, boolean showRecipient) {
        grid.addComponentColumn(d -> due(d, today)).setHeader(getTranslation("notification.deadlines.column.due")).setWidth("10rem").setFlexGrow(0);
        grid.addComponentColumn(DeadlineListView::item).setHeader(getTranslation("notification.deadlines.column.recommendation")).setFlexGrow(3);
        List<Grid.Column<Deadline>> secondary = new ArrayList<>();
        if (showRecipient) {
            secondary.add(grid.addColumn(Deadline::recipientName).setHeader(getTranslation("notification.deadlines.column.recipient")).setFlexGrow(1));
        }
        secondary.add(grid.addColumn(d -> d.side() == Deadline.Side.WATCHDOG ? d.watchdogName() + ": " + d.deliverable()
                : capitalise(d.deliverable())).setHeader(getTranslation("notification.deadlines.column.what")).setFlexGrow(1));
        secondary.add(grid.addComponentColumn(d -> StatusBadge.of(d.status())).setHeader(getTranslation("notification.deadlines.column.status")).setWidth("11rem")
                .setFlexGrow(0));
        secondary.add(grid.addComponentColumn(d -> ClockLinks.clocks(getTranslation("notification.deadlines.details"), d.trackedId())).setHeader("")
                .setWidth("8rem").setFlexGrow(0)); // "Manylion y terfyn amser": its longest word fits whole
        // on a phone: when it is due and the recommendation (a link)
        NarrowScreens.dropOnPhones(grid, secondary.toArray(Grid.Column[]::new));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addClassName("deadline-grid");
        RowLinks.enterOpens(grid);
    }

    private static Component due(Deadline d, LocalDate today) {
        long days = d.daysLeft(today);
        Span when;
        if (d.paused()) {
            when = new Span(Messages.t("notification.deadlines.paused"));
            when.addClassNames("status-badge", "waiting");
        } else if (days < 0) {
            when = StatusBadge.overdue(Formats.daysLeft(days));
        } else {
            when = new Span(Formats.daysLeft(days));
            when.addClassNames("status-badge", days <= 7 ? "due-soon" : "later");
        }
        Div cell = new Div(new Span(Formats.date(d.dueOn())), when);
        cell.addClassName("deadline-due");
        return cell;
    }

    private static Component item(Deadline d) {
        RouterLink link = RecommendationLinks.item(Messages.t("notification.deadlines.item",
                KindLabels.reference(d.recommendationNumber()), d.reportReference()), d.trackedId());
        Span title = new Span(d.reportTitle());
        title.addClassName("deadline-report-title");
        Div cell = new Div(link, title);
        cell.addClassName("deadline-item");
        return cell;
    }

    private String label(DeadlineFilter f, int size) {
        return switch (f) {
            case DUE_SOON -> getTranslation("notification.deadlines.filter.due-soon", deadlines.dueSoonDays(), size);
            case ALL -> f.label();
            case NEEDS_ATTENTION, OVERDUE, PAUSED -> f.label() + " (" + size + ")";
        };
    }

    private static String scopeSentence(SignedInUser user) {
        return switch (user.role()) {
            case ADMIN -> Messages.t("notification.deadlines.scope.admin");
            case WATCHDOG -> Messages.t("notification.deadlines.scope.watchdog", user.organisationName());
            case FORCE_LEAD, NATIONAL_LEAD, CHIEF_OFFICER -> Messages.t("notification.deadlines.scope.recipient",
                    user.organisationName());
        };
    }

    private static String slug(DeadlineFilter f) {
        return f.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static String capitalise(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
