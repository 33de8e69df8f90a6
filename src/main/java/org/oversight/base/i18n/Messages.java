package org.oversight.base.i18n;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every word the product shows, in English and Welsh (decision 0090). Texts live in message bundles, one per feature:
 * {@code i18n/<feature>.properties} (English) and {@code i18n/<feature>_cy.properties} (Welsh), UTF-8, keys starting
 * with the feature's name. A text is an ICU message (decision 0008): {@code {0}} for an argument, and
 * {@code {0, plural, one {# day} other {# days}}} for a count, so Welsh gets its six plural forms from the library,
 * not from code. Views call {@code getTranslation(key, args)} (Vaadin's {@code I18NProvider}, which reads these
 * bundles); services, e-mails and charts call {@link #t(String, Object...)}.
 */
public final class Messages {

    private static final Logger log = LoggerFactory.getLogger(Messages.class);
    private static final String LOCATION = "classpath*:i18n/*.properties";
    private static final Pattern BUNDLE_NAME = Pattern.compile("([a-z][a-z0-9-]*)(?:_([a-z]{2}))?\\.properties");

    private static final Map<Language, Map<String, String>> TEXTS = load();
    private static final Map<String, MessageFormat> FORMATS = new ConcurrentHashMap<>();

    private Messages() {
    }

    /** The text for {@code key} in the current language ({@link Language#current()}), with its arguments. */
    public static String t(String key, Object... arguments) {
        return t(Language.current(), key, arguments);
    }

    /** The text for {@code key} in {@code language}. A missing key reads as the key itself in brackets and is logged. */
    public static String t(Language language, String key, Object... arguments) {
        String pattern = TEXTS.get(language).get(key);
        if (pattern == null) {
            pattern = TEXTS.get(Language.ENGLISH).get(key);
            if (pattern == null) {
                log.warn("No text for message key {}", key);
                return "[" + key + "]";
            }
        }
        if (arguments.length == 0 && pattern.indexOf('{') < 0 && pattern.indexOf('\'') < 0) {
            return pattern;
        }
        MessageFormat format = (MessageFormat) FORMATS.computeIfAbsent(language.code() + '\u0000' + key,
                k -> new MessageFormat(TEXTS.get(language).getOrDefault(key, TEXTS.get(Language.ENGLISH).get(key)),
                        ULocale.forLocale(language.locale()))).clone();
        return format.format(arguments);
    }

    public static String t(Locale locale, String key, Object... arguments) {
        return t(Language.of(locale), key, arguments);
    }

    public static boolean has(String key) {
        return TEXTS.get(Language.ENGLISH).containsKey(key);
    }

    /** Every key and its raw pattern in {@code language}: for the translation checks. */
    public static Map<String, String> all(Language language) {
        return TEXTS.get(language);
    }

    private static Map<Language, Map<String, String>> load() {
        Map<Language, Map<String, String>> texts = new EnumMap<>(Language.class);
        for (Language l : Language.values()) {
            texts.put(l, new HashMap<>());
        }
        Map<String, String> keyOwner = new HashMap<>();
        try {
            for (Resource r : new PathMatchingResourcePatternResolver(Messages.class.getClassLoader())
                    .getResources(LOCATION)) {
                Matcher m = BUNDLE_NAME.matcher(r.getFilename() == null ? "" : r.getFilename());
                if (!m.matches()) {
                    throw new IllegalStateException("Message bundle " + r + " is not named <feature>[_cy].properties");
                }
                Language language = m.group(2) == null ? Language.ENGLISH
                        : Language.fromCode(m.group(2)).orElseThrow(
                                () -> new IllegalStateException("No such language in bundle " + r));
                Properties p = new Properties();
                try (Reader in = new InputStreamReader(r.getInputStream(), StandardCharsets.UTF_8)) {
                    p.load(in);
                }
                for (String key : p.stringPropertyNames()) {
                    String owner = keyOwner.putIfAbsent(language.code() + ':' + key, r.getFilename());
                    if (owner != null) {
                        throw new IllegalStateException("Message key " + key + " is in both " + owner + " and "
                                + r.getFilename());
                    }
                    texts.get(language).put(key, p.getProperty(key));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        texts.replaceAll((l, m) -> Collections.unmodifiableMap(m));
        return Collections.unmodifiableMap(texts);
    }
}
