package org.oversight.app.ui;

import org.oversight.base.i18n.Messages;
import org.oversight.base.ui.ItemPage;
import org.oversight.base.ui.NotFound;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.internal.NavigationRouteTarget;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.auth.AccessCheckDecision;
import com.vaadin.flow.server.auth.NavigationAccessControl;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.TransactionException;

/**
 * The HTTP status of the first page load, the one a browser makes when someone types or follows an address: 404 for
 * an address no page has, 403 for a page the signed-in person's role does not open, with {@link ErrorView}'s title.
 * <p>
 * Vaadin answers that request with its start page (status 200) and only then, in a second request, works out the
 * view; the shell's {@link ErrorView} shows there but its status cannot reach the first response. Here the start page
 * asks the same two questions Vaadin's router will ask next, before it is sent: the route registry whether the
 * address has a view, and Vaadin's own {@link NavigationAccessControl} (the views' access annotations, the one place
 * those rules live) whether this person may open it. Nothing is decided twice and no view is built early (decision
 * 0077). An address naming an item ({@code recommendations/12}) asks a third: the feature's {@link ItemPage}, whether
 * the person can see item 12, with the feature service's own scope read in one indexed query; a number that is no
 * number, an item that does not exist and another force's item all answer 404 (decision 0102). Anonymous callers
 * never get here: Spring Security sends them to sign in first.
 */
@org.springframework.stereotype.Component
class FirstLoadStatus implements VaadinServiceInitListener {

    private final NavigationAccessControl accessControl;
    private final Map<Class<? extends Component>, ItemPage> itemPages;

    FirstLoadStatus(NavigationAccessControl accessControl, List<ItemPage> itemPages) {
        this.accessControl = accessControl;
        this.itemPages = itemPages.stream().collect(Collectors.toMap(ItemPage::view, Function.identity()));
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
        NavigationRouteTarget target = service.getRouter().getRegistry().getNavigationRouteTarget(path);
        if (!target.hasTarget()) {
            return Outcome.NOT_FOUND;
        }
        Class<? extends Component> view = target.getRouteTarget().getTarget();
        if (request.getUserPrincipal() == null) {
            return Outcome.SHOWN; // the sign-in page, or Vaadin's own redirect to it
        }
        var decision = accessControl.checkAccess(accessControl.createNavigationContext(view, path, service, request),
                service.getDeploymentConfiguration().isProductionMode()).decision();
        if (decision != AccessCheckDecision.ALLOW) {
            return Outcome.NOT_ALLOWED;
        }
        return itemSeen(view, target.getRouteParameters()) ? Outcome.SHOWN : Outcome.NOT_FOUND;
    }

    /** Whether the item the address names (if it names one) is there for this person to see. */
    private boolean itemSeen(Class<? extends Component> view, RouteParameters parameters) {
        ItemPage page = itemPages.get(view);
        if (page == null || parameters.getParameterNames().size() != 1) {
            return true; // no item in the address (ItemPagesCoverEveryRouteWithAnIdTest keeps it so)
        }
        OptionalLong id = NotFound.number(parameters.get(parameters.getParameterNames().iterator().next()).orElse(""));
        try {
            return id.isPresent() && page.canSee().test(id.getAsLong());
        } catch (DataAccessException | TransactionException e) {
            return true; // the database is out: the view then shows that, with its 503
        }
    }
}
