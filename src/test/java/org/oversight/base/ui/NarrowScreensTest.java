package org.oversight.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A list on a phone shows its card column only; on a wider screen its own columns again, each as the view set it (a
 * column hidden for this user stays hidden), never the card.
 */
class NarrowScreensTest {

    @Test
    void underSixHundredPixelsIsAPhone() {
        assertThat(NarrowScreens.narrow(390)).isTrue();
        assertThat(NarrowScreens.narrow(599)).isTrue();
        assertThat(NarrowScreens.narrow(600)).isFalse();
        // the width not known yet: the desktop's columns, as before
        assertThat(NarrowScreens.narrow(0)).isFalse();
    }

    @Test
    void aPhoneSeesTheCardsAndAWideScreenTheColumnsAsTheyWereSet() {
        Grid<String> grid = new Grid<>();
        Grid.Column<String> text = grid.addColumn(s -> s);
        Grid.Column<String> force = grid.addColumn(s -> "force");
        force.setVisible(false); // e.g. the register's force column, for watchdog staff only
        Map<Grid.Column<String>, Boolean> columns = new LinkedHashMap<>();
        grid.getColumns().forEach(c -> columns.put(c, c.isVisible()));
        Grid.Column<String> cards = grid.addComponentColumn(Span::new);

        NarrowScreens.showCards(columns, cards, true);
        assertThat(cards.isVisible()).isTrue();
        assertThat(text.isVisible()).isFalse();
        assertThat(force.isVisible()).isFalse();

        NarrowScreens.showCards(columns, cards, false);
        assertThat(cards.isVisible()).isFalse();
        assertThat(text.isVisible()).isTrue();
        assertThat(force.isVisible()).as("a column the view hid stays hidden").isFalse();
    }

    @Test
    void theCardColumnStartsHiddenAfterTheGridsOwnColumns() {
        Grid<String> grid = new Grid<>();
        grid.addColumn(s -> s);
        Grid.Column<String> cards = NarrowScreens.cardsOnPhones(grid, Span::new, "Recommendation");
        assertThat(grid.getColumns()).last().isEqualTo(cards);
        assertThat(cards.isVisible()).isFalse();
        assertThat(cards.getKey()).isEqualTo(NarrowScreens.CARD);
    }

    @Test
    @SuppressWarnings("unchecked")
    void onAWideScreenTheCardsAreNotDrawnForItsRows() {
        Grid<String> grid = new Grid<>();
        grid.addColumn(s -> s);
        List<String> drawn = new ArrayList<>();
        Grid.Column<String> cards = NarrowScreens.cardsOnPhones(grid, row -> {
            drawn.add(row);
            return new Span(row);
        }, "Recommendation");

        // a hidden column's cells are made for every row sent all the same, and kept in the session
        Component cell = ((ComponentRenderer<Component, String>) cards.getRenderer()).createComponent("a row");

        assertThat(cell).as("an empty cell").isNull();
        assertThat(drawn).isEmpty();
    }
}
