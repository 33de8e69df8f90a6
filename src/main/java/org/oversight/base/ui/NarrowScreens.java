package org.oversight.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.page.Page;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.renderer.Renderer;
import com.vaadin.flow.function.SerializableFunction;
import com.vaadin.flow.shared.Registration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

/**
 * Lists on phones: under {@value #NARROW_PX} px wide a grid either drops its secondary columns ({@link #dropOnPhones}),
 * so the ones that say what a row is (its link, status and date) keep room to be read, or shows each row as one card
 * ({@link #cardsOnPhones}) where even its main columns side by side would not fit. Follows the window as it is resized
 * or turned. The stylesheet's rules for the same width ({@code @media (max-width: 600px)}, {@code phone.css}) do the
 * rest.
 */
public final class NarrowScreens {

    public static final int NARROW_PX = 600;
    /** The class name of a card column's cells: {@code phone.css} lays them out. */
    public static final String CARD = "phone-card";

    private NarrowScreens() {
    }

    /** These columns of the grid are shown only on screens at least {@value #NARROW_PX} px wide. */
    public static void dropOnPhones(Grid<?> grid, Grid.Column<?>... secondary) {
        List<Grid.Column<?>> columns = List.of(secondary);
        followWidth(grid, width -> {
            boolean wide = !narrow(width);
            columns.forEach(c -> c.setVisible(wide));
        });
    }

    /**
     * On a phone, the grid shows one column only, each row as a card drawn by {@code card} (its link first, so that
     * {@link RowLinks} still opens it); on a wider screen its columns as they were set. Call after adding the columns.
     */
    public static <T> Grid.Column<T> cardsOnPhones(Grid<T> grid, SerializableFunction<T, Component> card, String header) {
        // a hidden column's cells are made all the same, for every row sent, and kept in the session: on a wide
        // screen the cards are not drawn (an empty cell instead), and the rows are drawn again when the window turns
        // narrow or wide (decision 0116)
        boolean[] phone = {false};
        return cardColumn(grid, new ComponentRenderer<>(row -> {
            if (!phone[0]) {
                return null;
            }
            Component drawn = card.apply(row);
            drawn.getElement().getClassList().add(CARD);
            return drawn;
        }), header, phone);
    }

    /**
     * As {@link #cardsOnPhones(Grid, SerializableFunction, String)}, the card drawn as data (decision 0135): a
     * {@code <div>} with the class names {@code classes} and {@value #CARD} around {@code template}, a LitRenderer
     * template that reads the row's {@code data} as {@code item.card}. On a wide screen {@code item.card} is null and
     * nothing is drawn or sent but the null.
     */
    public static <T> Grid.Column<T> cardsOnPhones(Grid<T> grid, String classes, String template,
                                                   SerializableFunction<T, ?> data, String header) {
        boolean[] phone = {false};
        LitRenderer<T> cards = LitRenderer.<T>of("${item.card ? html`<div class=\"" + classes + " " + CARD + "\">"
                        + template + "</div>` : ''}")
                .withProperty("card", row -> phone[0] ? data.apply(row) : null);
        return cardColumn(grid, cards, header, phone);
    }

    private static <T> Grid.Column<T> cardColumn(Grid<T> grid, Renderer<T> renderer, String header, boolean[] phone) {
        Map<Grid.Column<T>, Boolean> columns = new LinkedHashMap<>();
        grid.getColumns().forEach(c -> columns.put(c, c.isVisible()));
        Grid.Column<T> cards = grid.addColumn(renderer).setHeader(header).setKey(CARD).setFlexGrow(1).setWidth("8rem");
        cards.setVisible(false);
        followWidth(grid, width -> {
            boolean now = narrow(width);
            showCards(columns, cards, now);
            if (now != phone[0]) {
                phone[0] = now;
                grid.getDataCommunicator().reset();
            }
        });
        return cards;
    }

    static <T> void showCards(Map<Grid.Column<T>, Boolean> columns, Grid.Column<T> cards, boolean phone) {
        cards.setVisible(phone);
        columns.forEach((column, visibleOnWideScreens) -> column.setVisible(!phone && visibleOnWideScreens));
    }

    /** Tells {@code show} the window's width once the component is attached, and again whenever it changes. */
    private static void followWidth(Component component, IntConsumer show) {
        component.addAttachListener(attach -> {
            Page page = attach.getUI().getPage();
            int known = page.getExtendedClientDetails() == null ? 0 : page.getExtendedClientDetails().getWindowInnerWidth();
            if (known > 0) {
                show.accept(known);
            } else {
                page.retrieveExtendedClientDetails(details -> show.accept(details.getWindowInnerWidth()));
            }
            Registration resize = page.addBrowserWindowResizeListener(e -> show.accept(e.getWidth()));
            component.addDetachListener(detach -> {
                resize.remove();
                detach.unregisterListener();
            });
        });
    }

    /**
     * Runs {@code onNarrow} once, as soon as the component is attached in a window under {@value #NARROW_PX} px wide
     * (at once, or when the window is made narrow later): for what a phone needs and a desktop should not pay for.
     */
    public static void whenNarrow(Component component, Runnable onNarrow) {
        boolean[] done = {false};
        followWidth(component, width -> {
            if (!done[0] && narrow(width)) {
                done[0] = true;
                onNarrow.run();
            }
        });
    }

    static boolean narrow(int windowWidth) {
        return windowWidth > 0 && windowWidth < NARROW_PX;
    }
}
