package org.oversight.base.export;

import java.util.List;
import java.util.function.Consumer;

/**
 * A row source that reads a list page by page through the same query the screen pages with, for lists whose
 * query has no cursor of its own; only one page is in memory at a time.
 */
public final class Pages {

    public static final int SIZE = 500;

    @FunctionalInterface
    public interface PageQuery<T> {
        List<T> page(int offset, int limit);
    }

    private Pages() {
    }

    public static <T> Consumer<Consumer<T>> of(PageQuery<T> query) {
        return sink -> {
            int offset = 0;
            while (true) {
                List<T> page = query.page(offset, SIZE);
                page.forEach(sink);
                if (page.size() < SIZE) {
                    return;
                }
                offset += page.size();
            }
        };
    }
}
