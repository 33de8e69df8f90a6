package org.oversight.publication.web;

import java.util.List;
import org.oversight.publication.PublicItem;

/**
 * One page of the public API's list: the items, how many match in all, the page and its size (capped at 100),
 * and notices about filter values that were ignored.
 */
public record ApiPage(List<PublicItem> items, int total, int page, int size, int pages, List<String> notices) {
}
