package org.oversight.base.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** Vaadin's way in to the message bundles: {@code getTranslation(key, args)} in every view reads {@link Messages}. */
@Component
public class TranslationProvider implements I18NProvider {

    @Override
    public List<Locale> getProvidedLocales() {
        return Language.locales();
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return Messages.t(Language.of(locale), key, params);
    }
}
