package org.oversight.base.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.page.Page;
import com.vaadin.flow.shared.Registration;
import java.util.List;

/**
 * Lists on phones: under {@value #NARROW_PX} px wide a grid drops its secondary columns, so the ones that say what a
 * row is (its link, status and date) keep room to be read. Follows the window as it is resized or turned.
 * The stylesheet's rules for the same width ({@code @media (max-width: 600px)}) do the rest.
 */
public final class NarrowScreens {

    public static final int NARROW_PX = 600;

    private NarrowScreens() {
    }

    /** These columns of the grid are shown only on screens at least {@value #NARROW_PX} px wide. */
    public static void dropOnPhones(Grid<?> grid, Grid.Column<?>... secondary) {
        List<Grid.Column<?>> columns = List.of(secondary);
        grid.addAttachListener(attach -> {
            Page page = attach.getUI().getPage();
            int known = page.getExtendedClientDetails() == null ? 0 : page.getExtendedClientDetails().getWindowInnerWidth();
            if (known > 0) {
                show(columns, known);
            } else {
                page.retrieveExtendedClientDetails(details -> show(columns, details.getWindowInnerWidth()));
            }
            Registration resize = page.addBrowserWindowResizeListener(e -> show(columns, e.getWidth()));
            grid.addDetachListener(detach -> {
                resize.remove();
                detach.unregisterListener();
            });
        });
    }

    static boolean narrow(int windowWidth) {
        return windowWidth > 0 && windowWidth < NARROW_PX;
    }

    private static void show(List<Grid.Column<?>> columns, int windowWidth) {
        boolean wide = !narrow(windowWidth);
        columns.forEach(c -> c.setVisible(wide));
    }
}
