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

    /** The three choices, in the words of the header's menu. */
    public enum Choice {
        DEVICE("Same as device", ColorScheme.Value.LIGHT_DARK),
        LIGHT("Light", ColorScheme.Value.LIGHT),
        DARK("Dark", ColorScheme.Value.DARK);

        private final String label;
        private final ColorScheme.Value scheme;

        Choice(String label, ColorScheme.Value scheme) {
            this.label = label;
            this.scheme = scheme;
        }

        public String label() {
            return label;
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
        select.setAriaLabel("Colours");
        select.setTooltipText("Colours: light, dark or as the device is set");
        select.setItems(Choice.values());
        select.setItemLabelGenerator(c -> c == Choice.DEVICE ? "Colours: as device" : "Colours: " + c.label().toLowerCase());
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
