package org.oversight.base.ui;

import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;

/**
 * A view that builds what it shows each time it is entered, not when it is made. Vaadin makes a view once and, when
 * a navigation's route has the view's own class (a link or menu entry to the page being read, the bell's link to the
 * inbox), enters the same object again; a view that built its content when made would go on showing it (another
 * account's, another language's, before its new lines). Decision 0128.
 * <p>
 * A view with a parameter ({@code HasUrlParameter}) or its own {@code beforeEnter} calls {@link #rebuild} itself.
 */
public interface BuiltOnEntry extends BeforeEnterObserver {

    /** Adds the view's content (the view is empty when this is called). */
    void build();

    @Override
    default void beforeEnter(BeforeEnterEvent event) {
        rebuild();
    }

    /** Removes what the view showed and builds it again. */
    default void rebuild() {
        ((HasComponents) this).removeAll();
        build();
    }
}
