package org.oversight.publication.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.function.Supplier;
import java.util.zip.GZIPOutputStream;
import org.oversight.base.i18n.Language;
import org.oversight.publication.PublicRegister;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Rendered public pages and downloads, kept until the published register changes: a page is rendered once per
 * snapshot of the register ({@link PublicRegister#snapshot()}), then served from memory with a strong ETag (a hash
 * of the bytes) and Last-Modified (when the register last changed), so that a reader's browser or a proxy asks
 * again cheaply and gets a 304. Keys are canonical (the parsed filter, never the raw query string), so junk in
 * addresses cannot fill the cache; the cache is bounded anyway.
 * <p>
 * Each page is also kept gzipped (compressed once, when rendered) and sent so to readers whose browser accepts it,
 * as every browser does: a fraction of the bytes to write per request, and no compression per request. The two
 * forms have their own ETags, and answers say {@code Vary: Accept-Encoding} so that a proxy keeps them apart.
 * <p>
 * Pages are in the reader's language ({@code ?lang=cy}, the {@code ot-lang} cookie or Accept-Language, decided by
 * {@code app.LanguageOfRequests}): the language is part of a page's key and of its ETag ({@code "cy-…"}), so that a
 * Welsh reader never gets the English page from here nor a 304 for the English one, and pages say
 * {@code Vary: Cookie, Accept-Language} as well. Downloads and the API are the same in every language.
 */
@Component
class PublicPageCache {

    static final Duration MAX_AGE = Duration.ofSeconds(60);

    private record Page(Object snapshot, byte[] body, byte[] gzipped, MediaType type, String etag, Instant lastModified) {
    }

    private final PublicRegister register;
    private final Cache<String, Page> pages = Caffeine.newBuilder().maximumSize(5_000).build();

    PublicPageCache(PublicRegister register) {
        this.register = register;
    }

    /** A page in the reader's language ({@link Language#current()}). */
    ResponseEntity<byte[]> serve(String key, MediaType type, Supplier<String> render) {
        return serve(key, type, () -> render.get().getBytes(StandardCharsets.UTF_8), Language.current());
    }

    /** Bytes that are the same in every language: downloads, API answers, the stylesheet. */
    ResponseEntity<byte[]> serveBytes(String key, MediaType type, Supplier<byte[]> render) {
        return serve(key, type, render, null);
    }

    private ResponseEntity<byte[]> serve(String plainKey, MediaType type, Supplier<byte[]> render, Language language) {
        String key = language == null ? plainKey : language.code() + ":" + plainKey;
        String tag = language == null ? "" : language.code() + "-";
        PublicRegister.Snapshot snapshot = register.snapshot();
        Page page = pages.getIfPresent(key);
        if (page == null || page.snapshot() != snapshot) {
            byte[] body = render.get();
            byte[] gzipped = gzip(body);
            page = new Page(snapshot, body, gzipped.length < body.length ? gzipped : null, type, sha256(body),
                    snapshot.lastModified());
            pages.put(key, page);
        }
        boolean gzip = page.gzipped() != null && acceptsGzip();
        // Spring answers 304 itself (without the body) when If-None-Match or If-Modified-Since match these headers
        var answer = ResponseEntity.ok().contentType(page.type())
                .cacheControl(CacheControl.maxAge(MAX_AGE).cachePublic())
                .varyBy(language == null ? new String[] {HttpHeaders.ACCEPT_ENCODING}
                        : new String[] {HttpHeaders.ACCEPT_ENCODING, HttpHeaders.COOKIE, HttpHeaders.ACCEPT_LANGUAGE})
                .eTag("\"" + tag + page.etag() + (gzip ? "-gzip\"" : "\"")).lastModified(page.lastModified());
        return gzip ? answer.header(HttpHeaders.CONTENT_ENCODING, "gzip").body(page.gzipped()) : answer.body(page.body());
    }

    private static boolean acceptsGzip() {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return false;
        }
        HttpServletRequest request = attributes.getRequest();
        String accepted = request.getHeader(HttpHeaders.ACCEPT_ENCODING);
        return accepted != null && accepted.toLowerCase(java.util.Locale.ROOT).contains("gzip")
                && !accepted.toLowerCase(java.util.Locale.ROOT).contains("gzip;q=0");
    }

    private static byte[] gzip(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 4 + 64);
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String sha256(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
