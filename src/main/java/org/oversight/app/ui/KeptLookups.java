package org.oversight.app.ui;

import com.vaadin.flow.di.Lookup;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinContext;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletContext;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.stereotype.Component;

/**
 * Vaadin's service look-ups answered once where the answer cannot change (issue 21, decision 0139). Vaadin asks its
 * {@link Lookup} on every navigation (the role prefix, {@code SecurityUtil.getRolesChecker}) and on every call from
 * the browser that carries arguments (the old Polymer event handler, {@code PublishedServerEventHandlerRpcHandler}).
 * Vaadin's Spring look-up keeps only its own default services: for any other type it asks Spring and then scans
 * every jar on the class path with a {@link java.util.ServiceLoader}, each time. That scan was 5.8 % of a node's CPU
 * under the load test.
 * <p>
 * Here the context's look-up is wrapped so that an answer is kept when it cannot change while the application runs:
 * nothing found (no Spring bean and no service file: the beans and the jars are fixed at start), or a Spring
 * singleton. Anything else, such as a new instance made from a service file on each look-up, is asked for every time,
 * as before; so is {@link Lookup#lookupAll(Class)}.
 */
@Component
class KeptLookups implements VaadinServiceInitListener {

    private final ListableBeanFactory beans;

    KeptLookups(ListableBeanFactory beans) {
        this.beans = beans;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        VaadinContext context = event.getSource().getContext();
        Lookup lookup = context.getAttribute(Lookup.class);
        if (lookup != null && !(lookup instanceof Kept) && context instanceof VaadinServletContext servlet) {
            // Vaadin's setAttribute refuses a second Lookup (against initialising twice), so the servlet context's
            // attribute, where VaadinServletContext keeps it by the class's name, is replaced directly;
            // KeptLookupsInTheRunningAppTest fails if Vaadin stops reading it from there
            servlet.getContext().setAttribute(Lookup.class.getName(), new Kept(lookup, beans));
        }
    }

    /** A look-up that keeps the answers that cannot change. */
    static final class Kept implements Lookup {

        /** What a look-up that found nothing is kept as (a map holds no nulls). */
        private static final Object NOTHING = new Object();

        private final Lookup asked;
        private final ListableBeanFactory beans;
        private final Map<Class<?>, Object> kept = new ConcurrentHashMap<>();

        Kept(Lookup asked, ListableBeanFactory beans) {
            this.asked = asked;
            this.beans = beans;
        }

        @Override
        public <T> T lookup(Class<T> type) {
            Object known = kept.get(type);
            if (known != null) {
                return known == NOTHING ? null : type.cast(known);
            }
            T found = asked.lookup(type);
            if (found == null) {
                kept.put(type, NOTHING);
            } else if (isSingletonBean(type, found)) {
                kept.put(type, found);
            }
            return found;
        }

        /** Whether the answer for this type is kept (for tests). */
        boolean keeps(Class<?> type) {
            return kept.containsKey(type);
        }

        @Override
        public <T> Collection<T> lookupAll(Class<T> type) {
            return asked.lookupAll(type);
        }

        private boolean isSingletonBean(Class<?> type, Object found) {
            for (String name : beans.getBeanNamesForType(type)) {
                if (beans.isSingleton(name) && beans.getBean(name) == found) {
                    return true;
                }
            }
            return false;
        }
    }
}
