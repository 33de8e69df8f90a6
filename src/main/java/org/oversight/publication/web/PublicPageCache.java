package org.oversight.publication.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.function.Supplier;
import org.oversight.publication.PublicRegister;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * Rendered public pages and downloads, kept until the published register changes: a page is rendered once per
 * snapshot of the register ({@link PublicRegister#snapshot()}), then served from memory with a strong ETag (a hash
 * of the bytes) and Last-Modified (when the register last changed), so that a reader's browser or a proxy asks
 * again cheaply and gets a 304. Keys are canonical (the parsed filter, never the raw query string), so junk in
 * addresses cannot fill the cache; the cache is bounded anyway.
 */
@Component
class PublicPageCache {

    static final Duration MAX_AGE = Duration.ofSeconds(60);

    private record Page(Object snapshot, byte[] body, MediaType type, String etag, Instant lastModified) {
    }

    private final PublicRegister register;
    private final Cache<String, Page> pages = Caffeine.newBuilder().maximumSize(5_000).build();

    PublicPageCache(PublicRegister register) {
        this.register = register;
    }

    ResponseEntity<byte[]> serve(String key, MediaType type, Supplier<String> render) {
        return serveBytes(key, type, () -> render.get().getBytes(StandardCharsets.UTF_8));
    }

    ResponseEntity<byte[]> serveBytes(String key, MediaType type, Supplier<byte[]> render) {
        PublicRegister.Snapshot snapshot = register.snapshot();
        Page page = pages.getIfPresent(key);
        if (page == null || page.snapshot() != snapshot) {
            byte[] body = render.get();
            page = new Page(snapshot, body, type, "\"" + sha256(body) + "\"", snapshot.lastModified());
            pages.put(key, page);
        }
        // Spring answers 304 itself when If-None-Match or If-Modified-Since match these headers
        return ResponseEntity.ok().contentType(page.type())
                .cacheControl(CacheControl.maxAge(MAX_AGE).cachePublic())
                .eTag(page.etag()).lastModified(page.lastModified()).body(page.body());
    }

    private static String sha256(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
