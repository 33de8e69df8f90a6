package org.oversight.dashboard.chart;

import org.oversight.base.i18n.Language;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.HashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.time.Duration;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

/**
 * Finished renders, kept by a SHA-256 of what went into them (format, theme variant, size, the kind of chart and
 * its data), so that a dashboard that many people open shows the same figures without drawing them again.
 * Bounded by entry count and by size, least recently used first out. Thread-safe.
 *
 * <p>Rendering happens outside the lock so that one slow chart does not hold up the others. Requests that miss on
 * the same key while it is being drawn wait for that drawing instead of drawing it again: when many people open the
 * dashboard at once, each chart is drawn once, not once per person (docs/performance.md, "Capacity"). A small synchronized
 * {@link LinkedHashMap} is kept rather than Caffeine (which the public pages' caches use): Caffeine's loading
 * {@code get} would hold every other request for the same chart for as long as its drawing takes, where these wait at
 * most {@link #WAIT_FOR_OTHER} and then draw it themselves.
 * The data's {@code toString()} is hashed, which for the {@link ChartData} records lists every value.
 */
public final class ChartCache {

    public static final int DEFAULT_MAX_ENTRIES = 300;
    public static final long DEFAULT_MAX_BYTES = 32L * 1024 * 1024;

    private final int maxEntries;
    private final long maxBytes;
    private final LinkedHashMap<String, Entry> entries = new LinkedHashMap<>(64, 0.75f, true);
    /** How long a request waits for another's drawing of the same chart before drawing it itself. */
    static final Duration WAIT_FOR_OTHER = Duration.ofSeconds(5);
    /** Renders under way, by key: later requests for the same key wait for these (at most {@link #WAIT_FOR_OTHER}). */
    private final Map<String, CompletableFuture<Object>> drawing = new HashMap<>();
    private long bytes;
    private long renders;
    private long hits;

    private record Entry(Object value, long bytes) {
    }

    public ChartCache() {
        this(DEFAULT_MAX_ENTRIES, DEFAULT_MAX_BYTES);
    }

    public ChartCache(int maxEntries, long maxBytes) {
        if (maxEntries < 1 || maxBytes < 1) {
            throw new IllegalArgumentException("cache bounds must be positive");
        }
        this.maxEntries = maxEntries;
        this.maxBytes = maxBytes;
    }

    /** The cache key: hex SHA-256 of format, variant, size, chart kind, data and the reader's language. */
    public static String key(String format, ChartData data, ChartStyle.Variant variant, int width, int height) {
        String source = format + '|' + variant + '|' + width + 'x' + height + '|' + data.getClass().getName() + '|'
                + data + '|' + Language.current().code();
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(source.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** The cached SVG render for this key, or {@code render}'s result, which is then kept. */
    public RenderedChart svg(String key, Supplier<RenderedChart> render) {
        // Latin-1 strings take a byte a character; SVG from JFreeSVG is nearly all ASCII
        return get(key, render, r -> r.svg().length() + r.altText().length() * 2L + 512);
    }

    /** The cached PNG for this key, or {@code render}'s result; each caller gets its own copy of the bytes. */
    public byte[] png(String key, Supplier<byte[]> render) {
        return get(key, render, b -> b.length).clone();
    }

    public synchronized long renders() {
        return renders;
    }

    public synchronized long hits() {
        return hits;
    }

    public synchronized int size() {
        return entries.size();
    }

    public synchronized long bytes() {
        return bytes;
    }

    public synchronized void clear() {
        entries.clear();
        bytes = 0;
    }

    @SuppressWarnings("unchecked")
    private <T> T get(String key, Supplier<T> render, ToLongFunction<T> weigher) {
        CompletableFuture<Object> mine;
        CompletableFuture<Object> theirs;
        synchronized (this) {
            Entry cached = entries.get(key);
            if (cached != null) {
                hits++;
                return (T) cached.value();
            }
            theirs = drawing.get(key);
            if (theirs != null) {
                hits++;
                mine = null;
            } else {
                mine = new CompletableFuture<>();
                drawing.put(key, mine);
            }
        }
        if (theirs != null) {
            Object drawn = awaitOther(theirs);
            if (drawn != null) {
                return (T) drawn;
            }
            // the other drawing is taking too long (or never ends): never wait on it for ever, draw it here
            T value = render.get();
            synchronized (this) {
                renders++;
            }
            return value;
        }
        try {
            T value = render.get();
            long weight = weigher.applyAsLong(value);
            synchronized (this) {
                renders++;
                drawing.remove(key);
                entries.put(key, new Entry(value, weight));
                bytes += weight;
                evict();
            }
            mine.complete(value);
            return value;
        } catch (Throwable e) { // whatever ends the drawing, those waiting for it must not wait on
            synchronized (this) {
                drawing.remove(key);
            }
            mine.completeExceptionally(e);
            throw e;
        }
    }

    /**
     * The value another request is drawing; its failure is this request's too. Null when it has not come within
     * {@link #WAIT_FOR_OTHER}: the caller then draws it itself, so a drawing that never ends cannot hold up anyone.
     */
    private static Object awaitOther(CompletableFuture<Object> other) {
        try {
            return other.get(WAIT_FOR_OTHER.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private void evict() {
        Iterator<Map.Entry<String, Entry>> eldestFirst = entries.entrySet().iterator();
        while ((entries.size() > maxEntries || bytes > maxBytes) && eldestFirst.hasNext()) {
            bytes -= eldestFirst.next().getValue().bytes();
            eldestFirst.remove();
        }
    }
}
