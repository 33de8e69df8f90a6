package org.oversight.publication;

import java.util.List;

/** One page of the public register for a filter, with the total and what was ignored in the request. */
public record PublicPage(List<PublicItem> items, int total, int page, int size, PublicFilter filter) {

    public int pages() {
        return Math.max(1, (total + size - 1) / size);
    }

    public boolean hasNext() {
        return page < pages();
    }

    public boolean hasPrevious() {
        return page > 1;
    }
}
