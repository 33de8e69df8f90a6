package org.oversight.recommendation.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteParameters;
import org.oversight.base.ui.NarrowScreens;
import org.oversight.recommendation.KindLabels;
import org.oversight.recommendation.RegisterRow;

/**
 * The register's drawn cells as data, not components (decision 0135): each is a LitRenderer template filled in the
 * browser from a few properties of the row, all worked out here on the server in the reader's language — the same
 * words, classes and links that {@link StatusBadge} and {@link DueLabel} give as components elsewhere. The item's
 * link is a real {@code <a href router-link>}, as a RouterLink draws it, so it opens in a new tab, takes the keyboard
 * and is followed by Flow's router.
 */
final class RegisterCells {

    /** The columns' keys. */
    static final String ITEM = "item";
    static final String STATUS = "status";
    static final String DUE = "due";

    /** The report's reference over the recommendation's text, which links to the item's page. */
    private static final String ITEM_PARTS = "<span class=\"register-reference\" title=\"${%1$s.title}\">${%1$s.ref}</span>"
            + "<a class=\"register-text\" href=\"${%1$s.href}\" router-link>${%1$s.text}</a>";
    private static final String BADGE = "<span class=\"${%1$s.badge}\">${%1$s.status}</span>";
    /** One text, or the date followed by what is left ({@link DueLabel.Shown}). */
    private static final String DUE_PARTS = "<span class=\"${%1$s.classes}\">${%1$s.date == null ? %1$s.text"
            + " : html`<span>${%1$s.date}</span><span class=\"${%1$s.leftClasses}\">${%1$s.left}</span>`}</span>";

    /** What a phone's card shows: the cell of a wide screen, then the number, force (or null), status and due date. */
    public record Card(String ref, String title, String href, String text, String number, String recipient,
                       String badge, String status, DueLabel.Shown due) {
    }

    private RegisterCells() {
    }

    static Grid.Column<RegisterRow> itemColumn(Grid<RegisterRow> grid) {
        return grid.addColumn(LitRenderer.<RegisterRow>of("<div class=\"register-cell\">" + ITEM_PARTS.formatted("item") + "</div>")
                .withProperty("ref", RegisterRow::reportReference)
                .withProperty("title", RegisterRow::reportTitle)
                .withProperty("href", RegisterCells::href)
                .withProperty("text", RegisterRow::text)).setKey(ITEM);
    }

    static Grid.Column<RegisterRow> statusColumn(Grid<RegisterRow> grid) {
        return grid.addColumn(LitRenderer.<RegisterRow>of(BADGE.formatted("item"))
                .withProperty("badge", row -> StatusBadge.classes(row.status()))
                .withProperty("status", row -> row.status().label())).setKey(STATUS);
    }

    static Grid.Column<RegisterRow> dueColumn(Grid<RegisterRow> grid) {
        return grid.addColumn(LitRenderer.<RegisterRow>of(DUE_PARTS.formatted("item.due"))
                .withProperty("due", RegisterCells::due)).setKey(DUE);
    }

    /** On a phone: one card a row, since even the recommendation and its status side by side left it a few letters wide. */
    static Grid.Column<RegisterRow> phoneCards(Grid<RegisterRow> grid, boolean seesAll, String header) {
        String facts = "<div class=\"phone-card-facts\"><span>${item.card.number}</span>"
                + "${item.card.recipient == null ? '' : html`<span>${item.card.recipient}</span>`}"
                + BADGE.formatted("item.card") + DUE_PARTS.formatted("item.card.due") + "</div>";
        return NarrowScreens.cardsOnPhones(grid, "register-cell", ITEM_PARTS.formatted("item.card") + facts,
                row -> card(row, seesAll), header);
    }

    static Card card(RegisterRow row, boolean seesAll) {
        return new Card(row.reportReference(), row.reportTitle(), href(row), row.text(),
                KindLabels.reference(row.kind(), row.number()), seesAll ? row.recipientName() : null,
                StatusBadge.classes(row.status()), row.status().label(), due(row));
    }

    static DueLabel.Shown due(RegisterRow row) {
        return DueLabel.shown(row.status(), row.dueOn(), row.daysLeft(), row.closedOn(), row.paused());
    }

    /** The item page's address, as a RouterLink to it has it: recommendations/{id}. */
    static String href(RegisterRow row) {
        return RouteConfiguration.forSessionScope().getUrl(RecommendationDetailView.class,
                new RouteParameters("id", String.valueOf(row.id())));
    }
}
