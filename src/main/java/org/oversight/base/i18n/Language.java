package org.oversight.base.i18n;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * The two languages the product speaks (decision 0090): British English, and Welsh, which public bodies in Wales must
 * offer. Which one a piece of text is written in is decided here, once: a language chosen for a task (an e-mail in its
 * recipient's language), else the signed-in screen's, else the web request's ({@code ?lang=cy}, the cookie or the
 * browser's Accept-Language, resolved by Spring), else English.
 */
public enum Language {

    ENGLISH("en", Locale.UK, "English"), // i18n-ok: a language's own name
    WELSH("cy", Locale.of("cy", "GB"), "Cymraeg"); // i18n-ok: a language's own name

    private static final ThreadLocal<Language> CHOSEN = new ThreadLocal<>();

    private final String code;
    private final Locale locale;
    private final String ownName;

    Language(String code, Locale locale, String ownName) {
        this.code = code;
        this.locale = locale;
        this.ownName = ownName;
    }

    /** "en" or "cy": the code in {@code ?lang=}, in cookies and in the database. */
    public String code() {
        return code;
    }

    public Locale locale() {
        return locale;
    }

    /** The language's name in itself, as a language switch shows it: "English", "Cymraeg". */
    public String ownName() {
        return ownName;
    }

    public static List<Locale> locales() {
        return Arrays.stream(values()).map(Language::locale).toList();
    }

    /** Welsh for any locale whose language is Welsh, English for every other. */
    public static Language of(Locale locale) {
        return locale != null && WELSH.locale.getLanguage().equals(locale.getLanguage()) ? WELSH : ENGLISH;
    }

    /** The language with this code ("cy", "CY", "en"), if it is one of ours. */
    public static Optional<Language> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String c = code.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(l -> l.code.equals(c)).findFirst();
    }

    /** The language of the text being written now (see the class comment for the order). */
    public static Language current() {
        Language chosen = CHOSEN.get();
        if (chosen != null) {
            return chosen;
        }
        UI ui = UI.getCurrent();
        if (ui != null) {
            return of(ui.getLocale());
        }
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null) {
            return of(session.getLocale());
        }
        return of(LocaleContextHolder.getLocale());
    }

    /** Writes {@code work}'s text in this language, whatever the screen's: an e-mail in its recipient's language. */
    public <T> T speak(Supplier<T> work) {
        Language before = CHOSEN.get();
        CHOSEN.set(this);
        try {
            return work.get();
        } finally {
            if (before == null) {
                CHOSEN.remove();
            } else {
                CHOSEN.set(before);
            }
        }
    }
}
