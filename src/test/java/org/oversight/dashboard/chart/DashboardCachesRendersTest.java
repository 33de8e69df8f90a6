package org.oversight.dashboard.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Many people open the same dashboard: identical figures are drawn once; changed figures are drawn anew. */
class DashboardCachesRendersTest {

    @Test
    void sameDataIsServedFromTheCacheWithoutRenderingAgain() {
        ChartKit kit = new ChartKit(new ChartCache());

        RenderedChart first = kit.svg(ChartSamples.threeForces(), ChartStyle.Variant.LIGHT);
        // equal data in new objects: the key is the data, not the instance
        RenderedChart second = kit.svg(ChartSamples.threeForces(), ChartStyle.Variant.LIGHT);

        assertThat(second).isSameAs(first);
        assertThat(second.svg()).isEqualTo(first.svg());
        assertThat(kit.cache().renders()).isEqualTo(1);
        assertThat(kit.cache().hits()).isEqualTo(1);
    }

    @Test
    void changedDataThemeOrSizeIsRenderedAnew() {
        ChartKit kit = new ChartKit(new ChartCache());
        RenderedChart before = kit.svg(ChartSamples.threeForces(), ChartStyle.Variant.LIGHT);

        RenderedChart changed = kit.svg(ChartSamples.highlighting(ChartSamples.threeForces(), "Kent Police"),
                ChartStyle.Variant.LIGHT);
        RenderedChart dark = kit.svg(ChartSamples.threeForces(), ChartStyle.Variant.DARK);
        RenderedChart wider = kit.svg(ChartSamples.threeForces(), ChartStyle.Variant.LIGHT, 1200, 600);

        assertThat(List.of(changed.svg(), dark.svg(), wider.svg())).doesNotContain(before.svg()).doesNotHaveDuplicates();
        assertThat(changed.altText()).contains("Kent Police has 13 open");
        assertThat(kit.cache().renders()).isEqualTo(4);
    }

    @Test
    void keyDependsOnKindDataSizeAndVariant() {
        String key = ChartCache.key("svg", ChartSamples.slippage(), ChartStyle.Variant.LIGHT, 800, 400);

        assertThat(key).hasSize(64).matches("[0-9a-f]+")
                .isEqualTo(ChartCache.key("svg", DeadlineSlippage.of(120, 70, new int[] {22, 14, 6, 8}, new int[] {10, 5, 2, 1}, new int[] {7, 4, 3, 2}), ChartStyle.Variant.LIGHT, 800,
                        400))
                .isNotEqualTo(ChartCache.key("svg", DeadlineSlippage.of(120, 70, new int[] {22, 14, 6, 8}, new int[] {10, 5, 2, 1}, new int[] {7, 4, 3, 3}), ChartStyle.Variant.LIGHT,
                        800, 400))
                .isNotEqualTo(ChartCache.key("png", ChartSamples.slippage(), ChartStyle.Variant.LIGHT, 800, 400))
                .isNotEqualTo(ChartCache.key("svg", ChartSamples.slippage(), ChartStyle.Variant.DARK, 800, 400))
                .isNotEqualTo(ChartCache.key("svg", ChartSamples.slippage(), ChartStyle.Variant.LIGHT, 800, 401));
    }

    @Test
    void leastRecentlyUsedRendersMakeRoomWhenFull() {
        ChartCache cache = new ChartCache(2, Long.MAX_VALUE);
        AtomicInteger renders = new AtomicInteger();
        cache.svg("a", () -> rendered("a", renders));
        cache.svg("b", () -> rendered("b", renders));
        cache.svg("a", () -> rendered("a", renders));   // a is now the most recently used
        cache.svg("c", () -> rendered("c", renders));   // evicts b

        cache.svg("a", () -> rendered("a", renders));
        cache.svg("b", () -> rendered("b", renders));

        assertThat(renders).hasValue(4);   // a, b, c, then b again
        assertThat(cache.size()).isEqualTo(2);
    }

    @Test
    void sizeBoundEvictsTooWhenRendersAreLarge() {
        ChartCache cache = new ChartCache(100, 5_000);
        AtomicInteger renders = new AtomicInteger();
        for (String key : List.of("a", "b", "c")) {
            cache.svg(key, () -> new RenderedChart(key, key, new ChartTable(List.of(), List.of()), false,
                    "x".repeat(2_000 + renders.incrementAndGet())));
        }
        assertThat(cache.size()).isEqualTo(1);
        assertThat(cache.bytes()).isLessThanOrEqualTo(5_000);
    }

    @Test
    void pngIsCachedButEachCallerGetsItsOwnBytes() {
        ChartKit kit = new ChartKit(new ChartCache());
        byte[] first = kit.png(ChartSamples.slippage(), ChartStyle.Variant.LIGHT, 400, 300);
        first[100] ^= 0x7f;   // a careless caller
        byte[] second = kit.png(ChartSamples.slippage(), ChartStyle.Variant.LIGHT, 400, 300);

        assertThat(second).isNotSameAs(first).isNotEqualTo(first);
        assertThat(kit.png(ChartSamples.slippage(), ChartStyle.Variant.LIGHT, 400, 300)).isEqualTo(second);
        assertThat(kit.cache().renders()).isEqualTo(1);
    }

    @Test
    void manyRequestsAtOnceAllGetTheSameChart() throws Exception {
        ChartKit kit = new ChartKit(new ChartCache());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            Callable<String> open = () -> kit.svg(ChartSamples.themes(), ChartStyle.Variant.DARK).svg();
            List<Future<String>> results = pool.invokeAll(List.of(open, open, open, open, open, open, open, open));
            String expected = results.getFirst().get();
            for (Future<String> r : results) {
                assertThat(r.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdown();
        }
        assertThat(kit.cache().size()).isEqualTo(1);
        assertThat(kit.cache().renders()).as("requests that miss while it is drawn wait for that drawing").isEqualTo(1);
    }

    @Test
    void requestsArrivingWhileAChartIsDrawnWaitForThatDrawing() throws Exception {
        ChartCache cache = new ChartCache();
        AtomicInteger renders = new AtomicInteger();
        CountDownLatch drawing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Supplier<RenderedChart> slow = () -> {
            drawing.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            return rendered("slow", renders);
        };
        try (ExecutorService people = Executors.newVirtualThreadPerTaskExecutor()) {
            Future<RenderedChart> first = people.submit(() -> cache.svg("k", slow));
            drawing.await();
            List<Future<RenderedChart>> others = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                others.add(people.submit(() -> cache.svg("k", slow)));
            }
            Thread.sleep(50);
            assertThat(others).as("still waiting for the one drawing").noneMatch(Future::isDone);
            release.countDown();
            for (Future<RenderedChart> other : others) {
                assertThat(other.get()).isSameAs(first.get());
            }
        }
        assertThat(renders).hasValue(1);
        assertThat(cache.renders()).isEqualTo(1);
        assertThat(cache.hits()).isEqualTo(20);
    }

    @Test
    void aDrawingThatFailsFailsItsWaitersAndTheNextRequestDrawsAgain() throws Exception {
        ChartCache cache = new ChartCache();
        CountDownLatch drawing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try (ExecutorService people = Executors.newVirtualThreadPerTaskExecutor()) {
            Future<RenderedChart> failing = people.submit(() -> cache.svg("k", () -> {
                drawing.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                throw new IllegalStateException("no figures");
            }));
            drawing.await();
            Future<RenderedChart> waiter = people.submit(() -> cache.svg("k", () -> rendered("never", new AtomicInteger())));
            Thread.sleep(50);
            release.countDown();
            assertThatThrownBy(failing::get).hasCauseInstanceOf(IllegalStateException.class).hasMessageContaining("no figures");
            assertThatThrownBy(waiter::get).hasCauseInstanceOf(IllegalStateException.class).hasMessageContaining("no figures");
        }
        AtomicInteger renders = new AtomicInteger();
        assertThat(cache.svg("k", () -> rendered("again", renders)).title()).isEqualTo("again");
        assertThat(renders).hasValue(1);
        assertThat(cache.size()).isEqualTo(1);
    }

    private static RenderedChart rendered(String name, AtomicInteger renders) {
        renders.incrementAndGet();
        return new RenderedChart(name, name, new ChartTable(List.of(), List.of()), false, "<svg/>");
    }
}
