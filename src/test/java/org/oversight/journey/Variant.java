package org.oversight.journey;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.options.ColorScheme;

/**
 * The ways a person may see the application, for the accessibility checks and the screenshots: light or dark colours
 * (as the device is set), a desktop or a phone's screen (390 px, touch), and the language. Each is a fresh browser
 * context ({@link BrowserJourney#openIn}, {@link Browsers#context(Variant)}).
 * <p>
 * {@link #WELSH} asks for Welsh with {@code ?lang=cy} on each address, as the language switch of issue 20 will take
 * it; {@link #languageShown} tells a test whether the page came out in that language, so that it can be skipped with
 * a plain reason until Welsh exists.
 */
public enum Variant {
    LIGHT_DESKTOP("light", ColorScheme.LIGHT, 1400, 900, false, null),
    DARK_DESKTOP("dark", ColorScheme.DARK, 1400, 900, false, null),
    LIGHT_PHONE("phone", ColorScheme.LIGHT, 390, 844, true, null),
    WELSH("cy", ColorScheme.LIGHT, 1400, 900, false, "cy"),
    /** Welsh on a phone: the longer Welsh words at 390 px (screenshots and the phone checks; not in the axe run). */
    WELSH_PHONE("phone-cy", ColorScheme.LIGHT, 390, 844, true, "cy");

    private final String suffix;
    private final ColorScheme colours;
    private final int width;
    private final int height;
    private final boolean phone;
    private final String language;

    Variant(String suffix, ColorScheme colours, int width, int height, boolean phone, String language) {
        this.suffix = suffix;
        this.colours = colours;
        this.width = width;
        this.height = height;
        this.phone = phone;
        this.language = language;
    }

    /** Part of a screenshot's file name: "light", "dark", "phone", "cy". */
    public String suffix() {
        return suffix;
    }

    public boolean phone() {
        return phone;
    }

    /** The language asked for, null for the default (English). */
    public String language() {
        return language;
    }

    Browser.NewContextOptions options() {
        Browser.NewContextOptions options = new Browser.NewContextOptions().setViewportSize(width, height)
                .setColorScheme(colours).setLocale(language == null ? "en-GB" : language + "-GB");
        return phone ? options.setIsMobile(true).setHasTouch(true) : options;
    }

    /** The address as this variant opens it: with {@code lang=cy} for Welsh. */
    String address(String path) {
        if (language == null) {
            return path;
        }
        int hash = path.indexOf('#');
        String base = hash < 0 ? path : path.substring(0, hash);
        String fragment = hash < 0 ? "" : path.substring(hash);
        return base + (base.contains("?") ? "&" : "?") + "lang=" + language + fragment;
    }

    /** Whether a page's {@code <html lang>} shows this variant's language (always true for English variants). */
    boolean languageShown(String htmlLang) {
        return language == null || (htmlLang != null && htmlLang.startsWith(language));
    }
}
