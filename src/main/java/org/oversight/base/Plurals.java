package org.oversight.base;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import java.util.Locale;
import java.util.Map;

/**
 * Counts in words with the plural rules of the reader's language (decision 0008): the one place a count meets its
 * noun. A pattern is data, an ICU message such as {@code "{n, plural, one {# recommendation} other {#
 * recommendations}}"}, so a message bundle can later supply the Welsh one (six plural forms) without code. No view
 * writes its own {@code n == 1 ? … : …}.
 */
public final class Plurals {

    /** The locale of every screen and e-mail until message bundles come. */
    public static final Locale UK = Locale.UK;

    private Plurals() {
    }

    /** Formats {@code pattern} with the count as {@code n}, in British English. */
    public static String count(String pattern, long n) {
        return format(pattern, UK, Map.of("n", n));
    }

    /** Formats {@code pattern} with named arguments in {@code locale}. */
    public static String format(String pattern, Locale locale, Map<String, ?> arguments) {
        return new MessageFormat(pattern, ULocale.forLocale(locale)).format(arguments);
    }

    /** "1 recommendation", "3 recommendations", "1,204 recommendations": noun given in its two English forms. */
    public static String of(long n, String one, String other) {
        return count("{n, plural, one {# " + one + "} other {# " + other + "}}", n);
    }
}
