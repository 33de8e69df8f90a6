package org.oversight.app.ui;

import org.oversight.base.i18n.Messages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.auth.AccessCheckDecision;
import com.vaadin.flow.server.auth.NavigationAccessControl;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import java.util.Optional;

/**
 * The HTTP status of the first page load, the one a browser makes when someone types or follows an address: 404 for
 * an address no page has, 403 for a page the signed-in person's role does not open, with {@link ErrorView}'s title.
 * <p>
 * Vaadin answers that request with its start page (status 200) and only then, in a second request, works out the
 * view; the shell's {@link ErrorView} shows there but its status cannot reach the first response. Here the start page
 * asks the same two questions Vaadin's router will ask next, before it is sent: the route registry whether the
 * address has a view, and Vaadin's own {@link NavigationAccessControl} (the views' access annotations, the one place
 * those rules live) whether this person may open it. Nothing is decided twice and no view is built early (decision
 * 0077). An item that exists but is out of the person's scope is refused by its service while the view is built, so
 * it shows "Page not found" with the start page's 200. Anonymous callers never get here: Spring Security sends them
 * to sign in first.
 */
@org.springframework.stereotype.Component
class FirstLoadStatus implements VaadinServiceInitListener {

    private final NavigationAccessControl accessControl;

    FirstLoadStatus(NavigationAccessControl accessControl) {
        this.accessControl = accessControl;
    }

    /** What the first response says about an address. */
    enum Outcome {
        SHOWN(200, null),
        NOT_FOUND(404, ErrorView.PageNotFound.TITLE),
        NOT_ALLOWED(403, ErrorView.AccessDenied.TITLE);

        final int status;
        final String title;

        Outcome(int status, String title) {
            this.status = status;
            this.title = title;
        }
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(this::answer);
    }

    private void answer(IndexHtmlResponse page) {
        VaadinRequest request = page.getVaadinRequest();
        Outcome outcome = outcome(request);
        if (outcome != Outcome.SHOWN) {
            page.getVaadinResponse().setStatus(outcome.status);
            page.getDocument().title(ErrorView.pageTitle(Messages.t(outcome.title)));
        }
    }

    private Outcome outcome(VaadinRequest request) {
        VaadinService service = request.getService();
        String path = Optional.ofNullable(request.getPathInfo()).orElse("").replaceFirst("^/+", "");
        Optional<Class<? extends Component>> view = service.getRouter().getRegistry().getNavigationTarget(path);
        if (view.isEmpty()) {
            return Outcome.NOT_FOUND;
        }
        if (request.getUserPrincipal() == null) {
            return Outcome.SHOWN; // the sign-in page, or Vaadin's own redirect to it
        }
        var decision = accessControl.checkAccess(accessControl.createNavigationContext(view.get(), path, service, request),
                service.getDeploymentConfiguration().isProductionMode()).decision();
        return decision == AccessCheckDecision.ALLOW ? Outcome.SHOWN : Outcome.NOT_ALLOWED;
    }
}
