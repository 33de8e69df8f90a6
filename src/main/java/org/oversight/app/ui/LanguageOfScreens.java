package org.oversight.app.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import java.util.Optional;
import org.oversight.app.LanguageOfRequests;
import org.oversight.base.i18n.Language;
import org.oversight.security.CurrentUser;
import org.oversight.security.SavedLanguages;
import org.springframework.stereotype.Component;

/**
 * Gives every new screen (Vaadin UI) and its session their language, so that {@link Language#current()} and
 * {@code getTranslation} read it (decision 0096): {@code ?lang=} on the address first (saved as the person's choice
 * when they are signed in), then a signed-in person's saved choice, then what the browser's request says (the
 * {@value LanguageOfRequests#COOKIE} cookie or Accept-Language, {@link LanguageOfRequests}). A page opened after
 * signing in is a new UI, so the saved choice takes over at sign-in. The page's {@code <html lang>} follows.
 */
@Component
class LanguageOfScreens implements VaadinServiceInitListener {

    private final CurrentUser currentUser;
    private final SavedLanguages savedLanguages;

    LanguageOfScreens(CurrentUser currentUser, SavedLanguages savedLanguages) {
        this.currentUser = currentUser;
        this.savedLanguages = savedLanguages;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        // the page itself, before the application starts: <html lang> and what screen readers announce
        event.addIndexHtmlRequestListener(page -> page.getDocument().getElementsByTag("html")
                .attr("lang", languageFor(page.getVaadinRequest(), false).code()));
        event.getSource().addUIInitListener(init -> show(init.getUI(), languageFor(VaadinRequest.getCurrent(), true)));
    }

    /** The language of a screen opened now; a signed-in person's ?lang= is saved as their choice. */
    Language languageFor(VaadinRequest request) {
        return languageFor(request, true);
    }

    private Language languageFor(VaadinRequest request, boolean saveAsked) {
        Optional<Language> asked = request instanceof VaadinServletRequest servlet
                ? LanguageOfRequests.asked(servlet.getHttpServletRequest()) : Optional.empty();
        Optional<Long> me = currentUser.get().map(u -> u.id());
        if (asked.isPresent()) {
            if (saveAsked) {
                me.ifPresent(id -> savedLanguages.chooseForMe(asked.get()));
            }
            return asked.get();
        }
        return me.flatMap(savedLanguages::of)
                .orElseGet(() -> request == null ? Language.ENGLISH : Language.of(request.getLocale()));
    }

    /** Puts this screen and its session in {@code language}: texts built from now on read it. */
    static void show(UI ui, Language language) {
        VaadinSession session = ui.getSession();
        if (session != null) {
            session.setLocale(language.locale());
        }
        ui.setLocale(language.locale());
        ui.getPage().executeJs("document.documentElement.lang = $0", language.code());
    }
}
