package org.oversight.dashboard.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.oversight.dashboard.HomeFigures;
import org.oversight.dashboard.HomeService;
import org.oversight.security.CurrentUser;
import org.oversight.security.SignedInUser;

@Route("")
@PageTitle("Home · Oversight Tracker")
@Menu(order = 0, title = "Home", icon = "vaadin:home")
@PermitAll
class HomeView extends VerticalLayout {

    HomeView(HomeService homeService, CurrentUser currentUser) {
        addClassName("home-view");
        SignedInUser user = currentUser.require();
        add(new H2("Welcome, " + user.displayName()));
        add(new Paragraph(scopeSentence(user)));
        HomeFigures f = homeService.figures();
        Div tiles = new Div(tile("Open", f.open()), tile("Overdue", f.overdue()),
                tile("Due within 30 days", f.dueSoon()), tile("Verified implemented", f.verifiedClosed()));
        tiles.addClassName("figure-tiles");
        add(tiles);
    }

    private static String scopeSentence(SignedInUser user) {
        return switch (user.role()) {
            case ADMIN -> "You administer Oversight Tracker and can see every recommendation.";
            case WATCHDOG -> "You record the reports of " + user.organisationName() + " and verify their recommendations; you can read every watchdog's register.";
            case FORCE_LEAD -> "You answer the recommendations made to " + user.organisationName() + ".";
            case NATIONAL_LEAD -> "You answer the recommendations made to the " + user.organisationName() + ".";
            case CHIEF_OFFICER -> "Progress on the recommendations made to " + user.organisationName() + ".";
        };
    }

    private static Div tile(String label, int value) {
        Span number = new Span(String.valueOf(value));
        number.addClassName("figure-value");
        Span caption = new Span(label);
        caption.addClassName("figure-label");
        Div tile = new Div(number, caption);
        tile.addClassName("figure-tile");
        return tile;
    }
}
