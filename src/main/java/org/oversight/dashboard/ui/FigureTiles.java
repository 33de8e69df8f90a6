package org.oversight.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.List;
import org.oversight.base.Formats;
import org.oversight.base.i18n.Language;
import org.oversight.base.i18n.Messages;
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
        add(tile(t("dashboard.tile.open"), number(f.open()), counted(f.open(), scope), register.open()));
        add(tile(t("dashboard.tile.overdue"), number(f.overdue()), counted(f.overdue(), scope), register.overdue()));
        add(tile(t("dashboard.tile.due-soon", f.dueSoonDays()), number(f.dueSoon()),
                counted(f.dueSoon(), scope), register.dueWithin(f.dueSoonDays())));
        add(tile(t("dashboard.tile.no-target"), number(f.noTargetDate()),
                t("dashboard.tile.no-target-detail", f.noTargetDate(), scope), null));
        add(tile(t("dashboard.tile.awaiting-decision"), number(f.plansAwaitingDecision()),
                t("dashboard.tile.awaiting-decision-detail"), register.statuses(List.of(Status.PLAN_SUBMITTED))));
        add(tile(t("dashboard.tile.verified-quarter"), number(f.verifiedThisQuarter()),
                t("dashboard.tile.since", Formats.date(f.quarterStart())), null));
        add(tile(t("dashboard.tile.median"),
                f.median().isPresent() ? number((int) Math.round(f.median().getAsDouble())) : "\u2014",
                t("dashboard.tile.median-detail", f.verified()),
                register.statuses(List.of(Status.VERIFIED_IMPLEMENTED))));
        add(tile(t("dashboard.tile.reopen-rate"), f.reopenRate().isPresent() ? Formats.percent(f.reopenRate().getAsDouble()) : "\u2014",
                t("dashboard.tile.reopen-detail", f.reopened(), f.everClosed()), null));
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

    private static String t(String key, Object... arguments) {
        return Messages.t(key, arguments);
    }

    /** "recommendations, all watchdogs": the unit a tile counts (the number itself shown large above), and whose. */
    private static String counted(int n, String scope) {
        return t("dashboard.tile.counted", n, scope);
    }

    /** "all watchdogs", "HMICFRS", "Surrey Police", "Surrey Police, HMICFRS": whose items a tile counts. */
    static String scope(Dashboard d) {
        String who = d.ownOrganisation().orElse(null);
        String watchdog = d.filter().watchdog();
        if (who == null) {
            return watchdog == null ? t("dashboard.tile.all-watchdogs") : watchdog;
        }
        return watchdog == null ? who : who + ", " + watchdog;
    }

    private static String number(int n) {
        return String.format(Language.current().locale(), "%,d", n);
    }

}
