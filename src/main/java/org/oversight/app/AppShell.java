package org.oversight.app;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.ColorScheme;
import com.vaadin.flow.component.page.Inline;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;
import org.oversight.app.ui.Colours;
import org.oversight.base.i18n.Language;
import org.oversight.base.i18n.Messages;

/**
 * Loads Lumo explicitly (Vaadin 25 would otherwise use Aura) and our own stylesheet from frontend/styles. Colours
 * follow the device's light or dark setting unless the person chose otherwise ({@link Colours}).
 */
@StyleSheet(Lumo.STYLESHEET)
@ColorScheme(ColorScheme.Value.LIGHT_DARK)
@StyleSheet("styles/app.css")
@StyleSheet("styles/forms.css")
@StyleSheet("styles/phone.css")
@StyleSheet("styles/words.css")
public class AppShell implements AppShellConfigurator {

    /** The logo as the tab's icon (browsers otherwise ask for /favicon.ico, which does not exist). */
    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addFavIcon("icon", "images/logo.svg", "any");
        // in the request's language (LanguageOfRequests), as Vaadin's <html lang> is
        settings.addMetaTag("description", Messages.t(Language.of(settings.getRequest().getLocale()),
                "app.meta.description"));
        settings.addInlineWithContents(Inline.Position.APPEND, Colours.EARLY_SCRIPT, Inline.Wrapping.JAVASCRIPT);
    }
}
