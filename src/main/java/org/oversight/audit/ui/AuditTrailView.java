package org.oversight.audit.ui;

import org.oversight.base.ui.BuiltOnEntry;
import org.oversight.base.ui.NarrowScreens;

import org.oversight.base.i18n.Messages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.oversight.audit.AuditChainVerifier;
import org.oversight.audit.AuditEntry;
import org.oversight.audit.AuditFilter;
import org.oversight.audit.AuditTrailService;
import org.oversight.audit.AuditWords;
import org.oversight.base.DateWindow;
import org.oversight.base.Formats;
import org.oversight.base.ui.ExportMenu;
import org.oversight.base.ui.Feedback;
import org.oversight.security.Role;
import com.vaadin.flow.router.RouteConfiguration;

/** Every recorded change, newest first, for the people who oversee the system; filters are kept in the link. */
@Route("audit")
@Menu(order = 90, title = "audit.menu", icon = "vaadin:records")
@RolesAllowed({Role.ADMIN_NAME, Role.WATCHDOG_NAME})
class AuditTrailView extends VerticalLayout implements BuiltOnEntry, HasDynamicTitle {

    private final AuditTrailService audit;
    private final Clock clock;
    private AuditFilterBar filters;
    private Grid<AuditEntry> grid;
    private Div verification;
    /** Read by the export, which runs in its own request. */
    private volatile AuditFilter filter = AuditFilter.ALL;

    private final DateWindow dates;

    AuditTrailView(AuditTrailService audit, Clock clock, DateWindow dates) {
        this.dates = dates;
        this.audit = audit;
        this.clock = clock;
        addClassName("audit-view");
        setSizeFull();
    }

    /** The page's frame: heading, filters, the check of the chain, the grid (each entry: BuiltOnEntry). */
    @Override
    public void build() {
        grid = new Grid<>();
        verification = new Div();
        filters = new AuditFilterBar(audit.usernames(), audit.entityTypes());
        filters.onChange(this::apply);

        Paragraph intro = new Paragraph(getTranslation("audit.trail.intro"));
        intro.addClassName("audit-intro");

        ExportMenu export = new ExportMenu(clock, () -> getTranslation("audit.trail.file-name"), out -> audit.export(filter, out));
        Button verify = new Button(getTranslation("audit.trail.verify"), VaadinIcon.CHECK_CIRCLE_O.create(), e -> verify());
        verify.addThemeVariants(ButtonVariant.PRIMARY);
        HorizontalLayout actions = new HorizontalLayout(export, verify);
        actions.addClassName("audit-actions");
        verification.addClassName("audit-verification");
        verification.setVisible(false);

        configureGrid();
        add(new H1(getTranslation("audit.trail.heading")), intro, filters, actions, verification, grid);
        setFlexGrow(1, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.trail.title");
    }

    private void configureGrid() {
        // the changes wrap rather than being cut after a few words; what happened and the record share the rest
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(e -> Formats.dateTime(e.occurredAt())).setHeader(getTranslation("audit.trail.column.when")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditEntry::username).setHeader(getTranslation("audit.trail.column.user")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditEntry::what).setHeader(getTranslation("audit.trail.column.what")).setWidth("12rem").setFlexGrow(1);
        grid.addComponentColumn(AuditTrailView::recordLink).setHeader(getTranslation("audit.trail.column.record")).setWidth("10rem").setFlexGrow(1);
        grid.addColumn(e -> brief(String.join("; ", e.changes()))).setHeader(getTranslation("audit.trail.column.changes")).setWidth("16rem").setFlexGrow(2);
        // on a phone: one card a row (what, the record, when and who, the changes); a row still opens its details
        NarrowScreens.cardsOnPhones(grid, AuditTrailView::phoneCard, getTranslation("audit.trail.column.what"));
        grid.setItemDetailsRenderer(new ComponentRenderer<>(AuditTrailView::details));
        grid.setItems(query -> audit.page(filter, query.getOffset(), query.getLimit()).stream(), query -> audit.count(filter));
        grid.setEmptyStateText(getTranslation("audit.trail.no-match"));
        grid.addClassName("audit-grid");
    }

    private void apply(AuditFilter next) {
        boolean valid = Feedback.run(() -> audit.check(next), filters.serviceMessages());
        if (!valid) {
            return;
        }
        filter = next;
        grid.getDataProvider().refreshAll();
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, new Location(RouteConfiguration.forSessionScope().getUrl(AuditTrailView.class), toQuery(next))));
    }

    private void verify() {
        AuditChainVerifier.Result result = audit.verifyChain();
        verification.setText(result.summary());
        verification.setClassName("audit-verification");
        verification.addClassName(result.intact() ? "intact" : "broken");
        verification.setVisible(true);
        if (result.intact()) {
            Feedback.success(getTranslation("audit.trail.verified", result.eventsChecked()));
        } else {
            Feedback.error(result.summary());
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        rebuild();
        QueryParameters q = event.getLocation().getQueryParameters();
        Long id = null;
        String idText = q.getSingleParameter("id").orElse(null);
        List<String> ignored = new java.util.ArrayList<>();
        if (idText != null) {
            try {
                id = Long.valueOf(idText);
            } catch (NumberFormatException e) {
                ignored.add(getTranslation("audit.link.entity-number"));
            }
        }
        LocalDate from = date(q, "from", dates, ignored);
        LocalDate to = date(q, "to", dates, ignored);
        filters.set(new AuditFilter(null, null, id, from, to)
                .withUsername(q.getSingleParameter("user").orElse(null))
                .withEntityType(q.getSingleParameter("type").orElse(null)));
        if (!ignored.isEmpty()) {
            Feedback.error(getTranslation("audit.link.ignored", ignored.stream()
                    .reduce((a, b) -> getTranslation("audit.link.and", a, b)).orElseThrow(), ignored.size()));
        }
    }

    /** A date in the link, or null; one that cannot be read or lies outside {@link DateWindow} is reported. */
    private static LocalDate date(QueryParameters q, String name, DateWindow dates, List<String> ignored) {
        String text = q.getSingleParameter(name).orElse(null);
        if (text == null) {
            return null;
        }
        return dates.parse(text).orElseGet(() -> {
            ignored.add(Messages.t("audit.link.date", name));
            return null;
        });
    }

    private static QueryParameters toQuery(AuditFilter f) {
        Map<String, String> params = new LinkedHashMap<>();
        if (f.username() != null) {
            params.put("user", f.username());
        }
        if (f.entityType() != null) {
            params.put("type", f.entityType());
        }
        if (f.entityId() != null) {
            params.put("id", f.entityId().toString());
        }
        if (f.from() != null) {
            params.put("from", f.from().toString());
        }
        if (f.to() != null) {
            params.put("to", f.to().toString());
        }
        return QueryParameters.simple(params);
    }

    private static Component phoneCard(AuditEntry e) {
        Div what = new Div(new Span(e.what()));
        what.addClassName("audit-card-what");
        Div facts = new Div(new Span(Formats.dateTime(e.occurredAt())), new Span(e.username()));
        facts.addClassName("phone-card-facts");
        Div card = new Div(what, recordLink(e), facts);
        String changes = brief(String.join("; ", e.changes()));
        if (!changes.isEmpty()) {
            Span changed = new Span(changes);
            changed.addClassName("audit-card-changes");
            card.add(changed);
        }
        return card;
    }

    private static String brief(String json) {
        if (json == null) {
            return "";
        }
        return json.length() <= 140 ? json : json.substring(0, 139) + "…";
    }

    /** The record's own page, or its history in this trail; plain text when the event concerns no single record. */
    static Component recordLink(AuditEntry e) {
        return AuditWords.link(e.entityType(), e.entityId()).<Component>map(href -> new Anchor(href, e.record()))
                .orElseGet(() -> new Span(e.record()));
    }

    static Div details(AuditEntry e) {
        Div box = new Div();
        box.addClassName("audit-details");
        UnorderedList changes = new UnorderedList();
        e.changes().forEach(line -> changes.add(new ListItem(line)));
        if (e.changes().isEmpty()) {
            changes.add(new ListItem(Messages.t("audit.details.no-fields")));
        }
        box.add(new Div(Messages.t("audit.details.changes")), changes);
        // the values as stored and hashed, for whoever checks the chain or the export
        box.add(labelled(Messages.t("audit.details.before"), e.beforeJson()),
                labelled(Messages.t("audit.details.after"), e.afterJson()));
        Paragraph meta = new Paragraph(Messages.t("audit.details.meta", String.valueOf(e.id()), e.action(),
                e.correlationId() == null ? "—" : e.correlationId(), e.hash()));
        meta.addClassName("audit-meta");
        box.add(meta);
        return box;
    }

    private static Div labelled(String label, String json) {
        Div part = new Div(new Div(label), new Pre(json == null ? "—" : json));
        part.addClassName("audit-json");
        return part;
    }
}
