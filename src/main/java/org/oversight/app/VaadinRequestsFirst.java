package org.oversight.app;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.handler.AbstractHandlerMapping;
import org.springframework.web.servlet.mvc.Controller;

/**
 * Sends Vaadin's own requests to the application root ({@code /?v-r=uidl}, {@code /?v-r=heartbeat}, …: every click,
 * navigation and heartbeat of every open page) straight to Vaadin's servlet. Vaadin's Spring integration maps the
 * root to its servlet through a handler mapping of the lowest precedence, so before it each of these requests was
 * matched against every mapping of every controller (the API, the public pages, the downloads): about 2 % of the
 * node's CPU under load (docs/performance.md, "Capacity"; decision 0144). Any other request goes on to the other
 * mappings as before; the security filters have run on every request before any mapping is asked.
 */
@Component
class VaadinRequestsFirst extends AbstractHandlerMapping {

    private final Controller vaadin;

    VaadinRequestsFirst(@Qualifier("vaadinForwardingController") Controller vaadin) {
        this.vaadin = vaadin;
        setOrder(Ordered.HIGHEST_PRECEDENCE);
    }

    @Override
    protected Object getHandlerInternal(HttpServletRequest request) {
        return isVaadinRequest(request) ? vaadin : null;
    }

    /** A request to the root whose query names Vaadin's request type; read from the query alone, never the body. */
    static boolean isVaadinRequest(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String query = request.getQueryString();
        return path.equals("/") && query != null && (query.startsWith("v-r=") || query.contains("&v-r="));
    }
}
