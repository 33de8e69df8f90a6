package org.oversight.publication.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The public register's two stylesheets, both under /public so that a reader's browser never leaves the register's
 * own chain: GOV.UK Frontend's, without its typeface, and the register's own.
 *
 * <p>GDS Transport may be used only on gov.uk domains (decision 0040). GOV.UK Frontend's stylesheet declares the
 * typeface with {@code @font-face} rules whose files sit at {@code /assets/fonts/…}, an address of the application's
 * chain, which answers a stranger with the sign-in page and a session. Overriding the font in a later stylesheet is
 * not enough: a face declared later as {@code local("Arial")} is skipped where no Arial is installed (Linux, as here),
 * and the browser then falls back to the earlier face and fetches its file. So the rules are taken out of the
 * stylesheet itself, and no page can ever ask for a font file.
 */
@Controller
class PublicStylesheets {

    static final String GOVUK_FRONTEND = "/public/assets/govuk-frontend.min.css";

    /** The WebJar's copy: its version is the pom's {@code govuk-frontend.version}. */
    private static final String GOVUK_SOURCE =
            "/META-INF/resources/webjars/govuk-frontend/5.14.0/dist/govuk/govuk-frontend.min.css";
    private static final MediaType CSS = new MediaType("text", "css", StandardCharsets.UTF_8);
    /** An {@code @font-face} block: in the minified stylesheet its declarations hold no braces. */
    private static final Pattern FONT_FACE = Pattern.compile("@font-face\\s*\\{[^}]*}");
    /** The source map's address, which would resolve under /public to the register's "Page not found". */
    private static final Pattern SOURCE_MAP = Pattern.compile("/\\*# sourceMappingURL=[^*]*\\*/");

    private final PublicPageCache cache;

    PublicStylesheets(PublicPageCache cache) {
        this.cache = cache;
    }

    @GetMapping(GOVUK_FRONTEND)
    ResponseEntity<byte[]> govukFrontend() {
        return cache.serveBytes("govuk-frontend.css", CSS, () -> Files.GOVUK);
    }

    /** The register's own stylesheet (decision 0040: the system font stack instead of GDS Transport). */
    @GetMapping("/public/assets/public.css")
    ResponseEntity<byte[]> stylesheet() {
        return cache.serveBytes("public.css", CSS, () -> Files.OWN);
    }

    /**
     * The two files as served, read (and GOV.UK Frontend's edited) once, at the first request for either, not at start
     * and not again each time the register changes and the page cache serves its pages afresh.
     */
    private static final class Files {
        static final byte[] GOVUK = withoutTypeface(read(GOVUK_SOURCE)).getBytes(StandardCharsets.UTF_8);
        static final byte[] OWN = read("/templates/public/public.css").getBytes(StandardCharsets.UTF_8);
    }

    /** GOV.UK Frontend's stylesheet without its {@code @font-face} rules and its source map's address. */
    static String withoutTypeface(String css) {
        return SOURCE_MAP.matcher(FONT_FACE.matcher(css).replaceAll("")).replaceAll("");
    }

    static String read(String resource) {
        try (InputStream in = PublicStylesheets.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing from the classpath: " + resource); // i18n-ok: operator's log
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
