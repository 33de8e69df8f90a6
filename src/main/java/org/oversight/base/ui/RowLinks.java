package org.oversight.base.ui;

import com.vaadin.flow.component.grid.Grid;

/**
 * Lists whose rows are links: each row's first cell holds a real link ({@code <a href>}, a {@code RouterLink}), so a
 * row opens in a new tab as any link does. This adds the keyboard: Enter on a row (the grid's focused cell) follows
 * the row's first link. Enter on a link itself is left to the browser.
 */
public final class RowLinks {

    private static final String ENTER_OPENS = """
            this.addEventListener('keydown', e => {
              if (e.key !== 'Enter' || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
              const path = e.composedPath();
              if (path.length && path[0].localName === 'a') return;
              const row = path.find(n => n.localName === 'tr' && n.part && n.part.contains('body-row'));
              if (!row) return;
              for (const cell of row.querySelectorAll('td')) {
                const link = cell._content && cell._content.querySelector('a[href]');
                if (link) { e.preventDefault(); e.stopPropagation(); link.click(); return; }
              }
            });""";

    private RowLinks() {
    }

    /** Enter on a row of this grid opens the row's first link. */
    public static void enterOpens(Grid<?> grid) {
        grid.addClassName("row-links");
        grid.getElement().executeJs(ENTER_OPENS);
    }
}
