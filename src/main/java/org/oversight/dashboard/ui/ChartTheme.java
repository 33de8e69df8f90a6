package org.oversight.dashboard.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.page.ColorScheme;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * Which chart variant the page needs. Dark when the page is switched to Lumo's dark theme on the server (theme
 * attribute or colour scheme); when the page follows the operating system, both variants are offered and the
 * browser picks one by {@code prefers-color-scheme}; otherwise light.
 */
enum ChartTheme {
    LIGHT, DARK, FOLLOW_SYSTEM;

    static ChartTheme of(UI ui) {
        if (ui == null) {
            return LIGHT;
        }
        if (ui.getElement().getThemeList().contains(Lumo.DARK)) {
            return DARK;
        }
        ColorScheme.Value scheme = ui.getPage().getColorScheme();
        if (scheme == null) {
            return LIGHT;
        }
        return switch (scheme) {
            case DARK -> DARK;
            case LIGHT_DARK, DARK_LIGHT, SYSTEM -> FOLLOW_SYSTEM;
            case LIGHT, NORMAL -> LIGHT;
        };
    }

    static ChartTheme current() {
        return of(UI.getCurrent());
    }
}
