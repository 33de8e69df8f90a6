package org.oversight.app.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import java.util.function.Consumer;
import org.oversight.app.LanguageOfRequests;
import org.oversight.base.i18n.Language;
import org.oversight.security.SavedLanguages;

/**
 * GOV.UK's language switch, "English | Cymraeg": each language named in itself, the one being read shown as plain
 * text. Choosing the other saves it as the signed-in person's choice (their screens and e-mails from now on),
 * remembers it in this browser ({@value LanguageOfRequests#COOKIE}) and reloads the page in that language.
 */
final class LanguageSwitch {

    private LanguageSwitch() {
    }

    /** For the shell: the choice is saved as the signed-in person's. */
    static Nav create(SavedLanguages savedLanguages) {
        return create(savedLanguages::chooseForMe);
    }

    /** For the sign-in page: nobody to save it for yet; the browser remembers it, and it is kept once saved later. */
    static Nav forAnybody() {
        return create(language -> { });
    }

    private static Nav create(Consumer<Language> save) {
        Nav nav = new Nav();
        nav.addClassName("language-switch");
        nav.getElement().setAttribute("aria-label", nav.getTranslation("app.language.switch"));
        Language reading = Language.current();
        Language[] all = Language.values();
        for (int i = 0; i < all.length; i++) {
            Language language = all[i];
            if (i > 0) {
                Span bar = new Span("|"); // i18n-ok: a separator
                bar.getElement().setAttribute("aria-hidden", "true");
                nav.add(bar);
            }
            if (language == reading) {
                Span current = new Span(language.ownName());
                current.getElement().setAttribute("lang", language.code());
                current.getElement().setAttribute("aria-current", "true");
                current.addClassName("language-current");
                nav.add(current);
            } else {
                Button choose = new Button(language.ownName(), e -> choose(language, save));
                choose.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
                choose.getElement().setAttribute("lang", language.code());
                choose.addClassName("language-choice");
                nav.add(choose);
            }
        }
        return nav;
    }

    private static void choose(Language language, Consumer<Language> save) {
        save.accept(language);
        UI ui = UI.getCurrent();
        LanguageOfScreens.show(ui, language);
        ui.getPage().executeJs("document.cookie = $0 + '=' + $1 + '; path=/; max-age=31536000; SameSite=Lax';"
                + " window.location.reload();", LanguageOfRequests.COOKIE, language.code());
    }
}
