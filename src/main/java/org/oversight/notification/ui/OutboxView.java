package org.oversight.notification.ui;

import org.oversight.base.ui.BuiltOnEntry;
import org.oversight.base.ui.NarrowScreens;

import com.vaadin.flow.router.HasDynamicTitle;
import org.oversight.base.i18n.Messages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.oversight.base.Formats;
import org.oversight.notification.OutboxService;
import org.oversight.notification.OutboxService.OutboxMail;
import org.oversight.security.Role;

/** For administrators: the e-mails written to the in-app outbox instead of being sent (demo mode, no SMTP). */
@Route("outbox")
@Menu(order = 90, title = "notification.outbox.menu", icon = "vaadin:envelopes-o")
@RolesAllowed(Role.ADMIN_NAME)
class OutboxView extends VerticalLayout implements HasDynamicTitle, BuiltOnEntry {

    @Override
    public String getPageTitle() {
        return getTranslation("notification.outbox.page-title");
    }

    private final transient OutboxService outbox;
    private final java.time.Clock clock;

    OutboxView(OutboxService outbox, java.time.Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
        addClassName("outbox-view");
        setSizeFull();
    }

    @Override
    public void build() {
        add(new H1(getTranslation("notification.outbox.heading")));
        String lastRun = outbox.lastRun().map(r -> " " + getTranslation("notification.outbox.last-run",
                Formats.dateTime(r.finishedAt()), r.outcome().reminders(), r.outcome().escalations(),
                r.outcome().digests())).orElse("");
        add(new Paragraph(getTranslation("notification.outbox.intro", outbox.deliveryDescription()) + lastRun));

        TextField search = new TextField();
        search.setPlaceholder(getTranslation("notification.outbox.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.setWidth("24rem");
        search.setMaxWidth("100%");

        Grid<OutboxMail> grid = new Grid<>();
        grid.addColumn(m -> Formats.dateTime(m.createdAt())).setHeader(getTranslation("notification.outbox.column.written")).setWidth("11rem").setFlexGrow(0);
        grid.addColumn(OutboxMail::to).setHeader(getTranslation("notification.outbox.column.to")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(OutboxMail::subject).setHeader(getTranslation("notification.outbox.column.subject")).setFlexGrow(3);
        // on a phone: one card a row (the subject, then to whom and when); a row still opens the mail
        NarrowScreens.cardsOnPhones(grid, OutboxView::phoneCard, getTranslation("notification.outbox.column.subject"));
        grid.setItemDetailsRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(OutboxView::parts));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT); // subjects shown whole
        grid.setItems(q -> outbox.page(search.getValue(), q.getOffset(), q.getLimit()).stream(),
                q -> outbox.count(search.getValue()));
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        add(search, new org.oversight.base.ui.ExportMenu(clock, () -> "outbox", out -> outbox.export(search.getValue(), out)),
                grid);
        setFlexGrow(1, grid);
    }

    private static Component phoneCard(OutboxMail m) {
        Div subject = new Div(new Span(m.subject()));
        subject.addClassName("outbox-card-subject");
        Div facts = new Div(new Span(m.to()), new Span(Formats.dateTime(m.createdAt())));
        facts.addClassName("phone-card-facts");
        return new Div(subject, facts);
    }

    /** A mail's plain text and, when it has one, its HTML as a reader's mail program shows it. */
    static Component parts(OutboxMail m) {
        Pre text = new Pre(m.body());
        text.addClassName("outbox-body");
        if (m.html() == null) {
            return text;
        }
        // srcdoc in an iframe sandboxed with no permissions: no script, no form, no navigation of this page, and an
        // origin of its own, so whatever the mail holds cannot reach the application
        IFrame html = new IFrame();
        html.setSrcdoc(m.html());
        html.getElement().setAttribute("sandbox", "");
        html.setTitle(Messages.t("notification.outbox.html-title", m.subject()));
        html.addClassName("outbox-html");
        html.setWidthFull();
        html.setHeight("28rem");
        TabSheet parts = new TabSheet();
        parts.add("HTML", html); // i18n-ok: the format's name
        parts.add(Messages.t("notification.outbox.plain-text"), text);
        parts.setWidthFull();
        return parts;
    }
}
