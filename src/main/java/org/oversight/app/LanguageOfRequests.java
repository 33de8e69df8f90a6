package org.oversight.app;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Optional;
import org.oversight.base.i18n.Language;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The language of a web request, before anybody signs in (decision 0096): {@code ?lang=cy} or {@code ?lang=en} on any
 * address switches and is remembered in this browser by the cookie {@value #COOKIE} (no personal data); else the
 * cookie; else the browser's Accept-Language (Welsh when the browser puts Welsh first); else English. The request is
 * handed on with that locale, so Spring's web pages (the public register, through this class as Spring's
 * {@link LocaleResolver}) and Vaadin's screens ({@code app.ui.LanguageOfScreens}, which also weighs a signed-in
 * person's saved choice) read the same answer.
 */
@Component("localeResolver")
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
public class LanguageOfRequests extends OncePerRequestFilter implements LocaleResolver {

    /** The cookie that remembers the language in a browser. */
    public static final String COOKIE = "ot-lang";
    /** The query parameter that switches: {@code ?lang=cy}. */
    public static final String PARAMETER = "lang";

    private static final String ATTRIBUTE = LanguageOfRequests.class.getName();

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<Language> asked = asked(request);
        asked.ifPresent(l -> remember(l, request, response));
        Language language = asked.or(() -> remembered(request)).orElseGet(() -> Language.of(request.getLocale()));
        request.setAttribute(ATTRIBUTE, language);
        // the same address reads differently by cookie and browser language: no shared cache may mix them up
        response.addHeader(HttpHeaders.VARY, HttpHeaders.COOKIE);
        response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
        Locale before = LocaleContextHolder.getLocale();
        LocaleContextHolder.setLocale(language.locale());
        try {
            chain.doFilter(new InLanguage(request, language), response);
        } finally {
            LocaleContextHolder.setLocale(before);
        }
    }

    /** The language the address asks for with {@code ?lang=}, if it is one of ours. */
    public static Optional<Language> asked(HttpServletRequest request) {
        return Language.fromCode(request.getParameter(PARAMETER));
    }

    /** The language this browser's cookie remembers. */
    public static Optional<Language> remembered(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        return cookies == null ? Optional.empty() : Arrays.stream(cookies).filter(c -> COOKIE.equals(c.getName()))
                .findFirst().flatMap(c -> Language.fromCode(c.getValue()));
    }

    private static void remember(Language language, HttpServletRequest request, HttpServletResponse response) {
        response.addHeader(HttpHeaders.SET_COOKIE, ResponseCookie.from(COOKIE, language.code()).path("/")
                .maxAge(Duration.ofDays(365)).sameSite("Lax") // i18n-ok: a cookie attribute
                .secure(request.isSecure()).build().toString());
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        Object language = request.getAttribute(ATTRIBUTE);
        return language instanceof Language l ? l.locale()
                : asked(request).or(() -> remembered(request)).orElseGet(() -> Language.of(request.getLocale()))
                        .locale();
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        Language language = Language.of(locale);
        request.setAttribute(ATTRIBUTE, language);
        if (response != null) {
            remember(language, request, response);
        }
    }

    /** The request as the rest of the application sees it: in the language decided above. */
    private static final class InLanguage extends HttpServletRequestWrapper {

        private final Locale locale;

        InLanguage(HttpServletRequest request, Language language) {
            super(request);
            this.locale = language.locale();
        }

        @Override
        public Locale getLocale() {
            return locale;
        }

        @Override
        public Enumeration<Locale> getLocales() {
            return Collections.enumeration(java.util.List.of(locale));
        }
    }
}
