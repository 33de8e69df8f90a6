package org.oversight.publication.ui;

import org.oversight.base.ui.BuiltOnEntry;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import org.oversight.base.Formats;
import org.oversight.publication.Publishing;
import org.oversight.publication.StaffView.ReportLine;
import org.oversight.security.Role;

/** The watchdog's reports and whether each is in the public register: the way into publishing decisions. */
@Route("publishing")
@Menu(order = 4, title = "publication.staff.menu", icon = "vaadin:globe") // a message key, said by the layout in the reader's language
@RolesAllowed(Role.WATCHDOG_NAME)
class PublishingListView extends VerticalLayout implements HasDynamicTitle, BuiltOnEntry {

    private final transient Publishing publishing;
    private final Clock clock;

    PublishingListView(Publishing publishing, Clock clock) {
        this.publishing = publishing;
        this.clock = clock;
    }

    @Override
    public void build() {
        LocalDate today = LocalDate.now(clock);
        add(new H1(getTranslation("publication.staff.heading")));
        add(new Paragraph(getTranslation("publication.staff.lead")));
        var reports = publishing.myReports();
        if (reports.isEmpty()) {
            add(new Paragraph(getTranslation("publication.staff.no-reports")));
        }
        for (ReportLine r : reports) {
            RouterLink link = new RouterLink(r.reference() + " – " + r.title(), ReportPublishingView.class,
                    new RouteParameters("id", Long.toString(r.reportId())));
            Span state = new Span(PublishingWords.state(r.decision(), today));
            state.addClassName("publication-state");
            VerticalLayout row = new VerticalLayout(link, state);
            row.setPadding(false);
            row.setSpacing(false);
            add(row);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("publication.staff.page-title");
    }

    static String published(LocalDate d) {
        return Formats.longDate(d);
    }
}
