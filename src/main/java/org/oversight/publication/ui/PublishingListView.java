package org.oversight.publication.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
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
@PageTitle("Publishing · Oversight Tracker")
@Menu(order = 4, title = "Publishing", icon = "vaadin:globe")
@RolesAllowed(Role.WATCHDOG_NAME)
class PublishingListView extends VerticalLayout {

    PublishingListView(Publishing publishing, Clock clock) {
        LocalDate today = LocalDate.now(clock);
        add(new H1("Publishing"));
        add(new Paragraph("What the public register shows of your reports. Nothing is public until you publish it; "
                + "you can withhold a report until a day, a single recommendation, or a passage of text, with the ground."));
        var reports = publishing.myReports();
        if (reports.isEmpty()) {
            add(new Paragraph("Your watchdog has no reports yet."));
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

    static String published(LocalDate d) {
        return Formats.longDate(d);
    }
}
