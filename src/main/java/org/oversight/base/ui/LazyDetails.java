package org.oversight.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.function.SerializableSupplier;

/**
 * A collapsed section whose content is built the first time it is opened. A closed {@link Details} still holds its
 * content as components in the person's session (and sends it to the browser), so a history shown in one would cost
 * every open page in proportion to its length, looked at or not: an item with hundreds of updates kept megabytes in
 * each session that showed its plan (docs/performance.md, "Capacity"; decision 0116).
 */
public final class LazyDetails {

    private LazyDetails() {
    }

    /** A closed section with this summary; {@code content} is built when it is first opened, and kept from then on. */
    public static Details of(String summary, SerializableSupplier<? extends Component> content) {
        Details details = new Details(summary);
        details.addOpenedChangeListener(e -> {
            if (e.isOpened() && details.getContent().findAny().isEmpty()) {
                details.add(content.get());
            }
        });
        return details;
    }
}
