package org.oversight.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.oversight.base.Formats;
import org.oversight.base.Plurals;
import org.oversight.dashboard.Dashboard;
import org.oversight.dashboard.HeadlineFigures;
import org.oversight.dashboard.RegisterLink;
import org.oversight.recommendation.Status;

/**
 * The headline figures as tiles. A tile is a link to the register when the register can list exactly the items
 * it counts; the two it cannot (closed this quarter, reopen rate) are plain tiles that say what they cover.
 */
class FigureTiles extends Div {

    FigureTiles(Dashboard d) {
        addClassName("figure-tiles");
        HeadlineFigures f = d.headline();
        RegisterLink register = RegisterLink.of(d.filter(), d.today());
        String scope = scope(d);
        add(tile("Open", number(f.open()), recommendations(f.open()) + ", " + scope, register.open()));
        add(tile("Overdue", number(f.overdue()), recommendations(f.overdue()) + ", " + scope, register.overdue()));
        add(tile("Due within " + Plurals.of(f.dueSoonDays(), "day", "days"), number(f.dueSoon()),
                recommendations(f.dueSoon()) + ", " + scope, register.dueWithin(f.dueSoonDays())));
        add(tile("No target date", number(f.noTargetDate()),
                recommendations(f.noTargetDate()) + " with a plan agreed but no action dated, " + scope, null));
        add(tile("Plans awaiting decision", number(f.plansAwaitingDecision()), "opens their recommendations",
                register.statuses(List.of(Status.PLAN_SUBMITTED))));
        add(tile("Verified this quarter", number(f.verifiedThisQuarter()), "since " + Formats.date(f.quarterStart()),
                null));
        add(tile("Median days to verified close",
                f.median().isPresent() ? number((int) Math.round(f.median().getAsDouble())) : "\u2014",
                "from publication, over " + f.verified() + " verified",
                register.statuses(List.of(Status.VERIFIED_IMPLEMENTED))));
        add(tile("Reopen rate", f.reopenRate().isPresent() ? percent(f.reopenRate().getAsDouble()) : "\u2014",
                f.reopened() + " of " + f.everClosed() + " ever closed were reopened", null));
    }

    private static Component tile(String label, String value, String detail, RegisterLink link) {
        Span number = new Span(value);
        number.addClassName("figure-value");
        Span caption = new Span(label);
        caption.addClassName("figure-label");
        List<Component> parts = new ArrayList<>(List.of(number, caption));
        if (detail != null) {
            Span more = new Span(detail);
            more.addClassName("figure-detail");
            parts.add(more);
        }
        Component[] children = parts.toArray(Component[]::new);
        HtmlContainer tile = link == null ? new Div(children) : new Anchor(link.href(), children);
        tile.addClassName("figure-tile");
        return tile;
    }

    /** "recommendations" or "recommendation": the unit a tile counts, the number itself shown large above. */
    private static String recommendations(int n) {
        return Plurals.count("{n, plural, one {recommendation} other {recommendations}}", n);
    }

    /** "all watchdogs", "HMICFRS", "Surrey Police", "Surrey Police, HMICFRS": whose items a tile counts. */
    static String scope(Dashboard d) {
        String who = d.ownOrganisation().orElse(null);
        String watchdog = d.filter().watchdog();
        if (who == null) {
            return watchdog == null ? "all watchdogs" : watchdog;
        }
        return watchdog == null ? who : who + ", " + watchdog;
    }

    private static String number(int n) {
        return String.format(Locale.UK, "%,d", n);
    }

    private static String percent(double rate) {
        return String.format(Locale.UK, "%.1f%%", rate * 100);
    }
}
