package org.oversight.recommendation.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * A section that a higher layer adds to the item page without the register knowing it: the item's clocks, with
 * their explanations, come from {@code deadline.ui}. Spring collects the beans; the page shows them in order
 * after the item's facts. Called only for an item the signed-in user may read.
 */
public interface ItemSection {

    Optional<Component> of(long trackedId);
}
