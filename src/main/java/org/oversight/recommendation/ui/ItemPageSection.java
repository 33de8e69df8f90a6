package org.oversight.recommendation.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * A section that a feature above the register adds to an item's page (/recommendations/{id}), without the register
 * depending on it: the feature declares a Spring bean implementing this, and the page asks every such bean, in
 * {@link #order()}, on each render. The section reads through its own feature's services, which apply the rules.
 */
public interface ItemPageSection {

    /** Lower comes first. */
    default int order() {
        return 0;
    }

    /**
     * @param reload redraws the whole page, after the section changed something
     * @return the section for this item, or empty when it has nothing to show this user
     */
    Optional<Component> render(long trackedId, Runnable reload);
}
