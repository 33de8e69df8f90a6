package org.oversight.deadline.ui;

import com.vaadin.flow.router.RouterLink;

/** Links to the clocks' views, built from the view classes, for the features above deadline. */
public final class ClockLinks {

    private ClockLinks() {
    }

    /** The clocks of one tracked recommendation: /deadlines/{trackedId}. */
    public static RouterLink clocks(String text, long trackedId) {
        return new RouterLink(text, ItemClocksView.class, trackedId);
    }
}
