package org.oversight.app.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.page.ColorScheme;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import jakarta.servlet.http.Cookie;
import java.util.Arrays;
import java.util.Optional;
import org.oversight.base.i18n.Messages;
import org.springframework.stereotype.Component;

/**
 * Light or dark colours: the device's setting unless the person chose one in the header, remembered in this browser
 * by a cookie ({@value #COOKIE}, no personal data). Every new page is given the choice at once: the shell's inline
 * script ({@link #EARLY_SCRIPT}, in {@code AppShell}) sets it before anything is drawn, and each UI is told on
 * creation so that charts are drawn in the matching variant ({@code dashboard.ui.ChartTheme} reads the page's scheme).
 */
@Component
public class Colours implements VaadinServiceInitListener {

    static final String COOKIE = "ot-colours";

    /** Runs in the page's head before the application starts: no flash of the other colours. */
    public static final String EARLY_SCRIPT = "(function(){var m=document.cookie.match(/(?:^|; )" + COOKIE
            + "=(light|dark)(?:;|$)/);if(m){var h=document.documentElement;h.setAttribute('theme',m[1]);"
            + "h.style.colorScheme=m[1];}})();";

    /** The three choices; the header's menu names each with its message key. */
    public enum Choice {
        DEVICE("app.colours.device", ColorScheme.Value.LIGHT_DARK),
        LIGHT("app.colours.light", ColorScheme.Value.LIGHT),
        DARK("app.colours.dark", ColorScheme.Value.DARK);

        private final String key;
        private final ColorScheme.Value scheme;

        Choice(String key, ColorScheme.Value scheme) {
            this.key = key;
            this.scheme = scheme;
        }

        /** "Colours: as device", "Colours: light", … in the reader's language. */
        public String label() {
            return Messages.t(key);
        }

        ColorScheme.Value scheme() {
            return scheme;
        }

        static Choice of(String cookieValue) {
            return Arrays.stream(values()).filter(c -> c != DEVICE && c.name().equalsIgnoreCase(cookieValue))
                    .findFirst().orElse(DEVICE);
        }
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().getPage().setColorScheme(remembered().scheme()));
    }

    /** The choice this browser sent with the request being served, the device's setting when none. */
    static Choice remembered() {
        VaadinRequest request = VaadinRequest.getCurrent();
        Cookie[] cookies = request == null ? null : request.getCookies();
        return Optional.ofNullable(cookies).stream().flatMap(Arrays::stream)
                .filter(c -> COOKIE.equals(c.getName())).map(c -> Choice.of(c.getValue())).findFirst()
                .orElse(Choice.DEVICE);
    }

    /** The header's menu: changes the colours at once, remembers the choice, and redraws the page (its charts). */
    static Select<Choice> menu() {
        Select<Choice> select = new Select<>();
        select.addClassName("colours-menu");
        select.setAriaLabel(Messages.t("app.colours.label"));
        select.setTooltipText(Messages.t("app.colours.tooltip"));
        select.setItems(Choice.values());
        select.setItemLabelGenerator(Choice::label);
        select.setValue(remembered());
        select.addValueChangeListener(e -> {
            if (!e.isFromClient() || e.getValue() == null) {
                return;
            }
            UI ui = UI.getCurrent();
            Choice choice = e.getValue();
            ui.getPage().setColorScheme(choice.scheme());
            ui.getPage().executeJs(choice == Choice.DEVICE
                    ? "document.cookie = $0 + '=; path=/; max-age=0; SameSite=Lax'"
                    : "document.cookie = $0 + '=' + $1 + '; path=/; max-age=31536000; SameSite=Lax'",
                    COOKIE, choice.name().toLowerCase());
            ui.refreshCurrentRoute(false);
        });
        return select;
    }
}
