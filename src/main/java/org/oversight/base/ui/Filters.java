package org.oversight.base.ui;

import com.vaadin.flow.component.combobox.ComboBoxBase;
import org.oversight.base.i18n.Messages;

/** The lists' filter fields, the same on every list: what an empty one means, and how to empty it again. */
public final class Filters {

    private Filters() {
    }

    /**
     * An empty filter lets everything through and says so ("All", "Y cyfan") instead of showing an empty box; its
     * clear button empties it again.
     */
    public static void allWhenEmpty(ComboBoxBase<?, ?, ?>... fields) {
        String all = Messages.t("base.filter.all");
        for (ComboBoxBase<?, ?, ?> field : fields) {
            field.setPlaceholder(all);
            field.setClearButtonVisible(true);
        }
    }
}
