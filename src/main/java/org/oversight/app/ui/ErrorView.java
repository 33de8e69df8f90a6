package org.oversight.app.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.HttpStatusCode;
import jakarta.annotation.security.PermitAll;
import org.oversight.base.DatabaseOutage;
import org.oversight.dashboard.ui.DashboardLinks;
import org.oversight.recommendation.ui.RecommendationLinks;

/**
 * What a signed-in person sees when a page cannot be shown, in plain words and with a way on, inside the shell:
 * a page that does not exist, including an item that does not exist or that they may not see (views throw
 * {@link NotFoundException} for those, see {@link org.oversight.base.ui.NotFound}), and a page their role does not open.
 * The heading is the page's title; the status is 404 or 403, on a typed address's first load too
 * ({@link FirstLoadStatus}).
 * <p>
 * One view for both; Vaadin picks an error view by the exception type it implements {@link HasErrorParameter} for,
 * and a class can implement it for one type only, hence the two small subclasses. {@code @ParentLayout} puts them
 * in {@link MainLayout}: the automatic {@code @Layout} applies to routes, not to error views.
 * Anonymous visitors never get here: they are sent to sign in first.
 */
@ParentLayout(MainLayout.class)
@PermitAll
public abstract class ErrorView extends Main implements HasDynamicTitle {

    private final String title;

    /** @param titleKey the message key of the page's heading and title */
    ErrorView(String titleKey) {
        this.title = getTranslation(titleKey);
        addClassName("error-view");
        add(new H1(title));
    }

    @Override
    public String getPageTitle() {
        return pageTitle(title);
    }

    /** The browser tab's title for a page with this heading. */
    static String pageTitle(String heading) {
        return heading + " · " + MainLayout.BRAND;
    }

    private static UnorderedList waysOn(RouterLink... links) {
        UnorderedList list = new UnorderedList();
        list.addClassName("error-ways-on");
        for (RouterLink link : links) {
            list.add(new ListItem(link));
        }
        return list;
    }

    /** No such page, or an item the person cannot see: the same answer to both, on purpose. */
    @PermitAll
    public static class PageNotFound extends ErrorView implements HasErrorParameter<NotFoundException> {

        static final String TITLE = "app.error.not-found.title";

        public PageNotFound() {
            super(TITLE);
            add(new Paragraph(getTranslation("app.error.not-found.typed")),
                    new Paragraph(getTranslation("app.error.not-found.pasted")),
                    new Paragraph(getTranslation("app.error.not-found.hidden")),
                    waysOn(DashboardLinks.home(getTranslation("app.error.home")),
                            RecommendationLinks.register(getTranslation("app.error.register"))));
        }

        @Override
        public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
            return HttpStatusCode.NOT_FOUND.getCode();
        }
    }

    /**
     * The database could not be reached while the page was being built (stopped, unreachable, out of connections).
     * The same words as a failed action ({@link DatabaseOutage#message()}), never the exception's text; status 503.
     * One subclass per exception type Vaadin matches (it also looks through the causes): Spring's data-access
     * exceptions (jOOQ's are translated into them) and a transaction that could not start.
     */
    public abstract static class DatabaseUnavailable extends ErrorView {

        DatabaseUnavailable() {
            super("app.error.unavailable.title");
            add(new Paragraph(DatabaseOutage.message()),
                    waysOn(DashboardLinks.home(getTranslation("app.error.unavailable.again"))));
        }

        int unavailable() {
            return HttpStatusCode.SERVICE_UNAVAILABLE.getCode();
        }
    }

    @PermitAll
    public static class DataAccessFailed extends DatabaseUnavailable
            implements HasErrorParameter<org.springframework.dao.DataAccessException> {

        @Override
        public int setErrorParameter(BeforeEnterEvent event,
                                     ErrorParameter<org.springframework.dao.DataAccessException> parameter) {
            return unavailable();
        }
    }

    @PermitAll
    public static class TransactionFailed extends DatabaseUnavailable
            implements HasErrorParameter<org.springframework.transaction.TransactionException> {

        @Override
        public int setErrorParameter(BeforeEnterEvent event,
                                     ErrorParameter<org.springframework.transaction.TransactionException> parameter) {
            return unavailable();
        }
    }

    /** A page the person's role does not open. */
    @PermitAll
    public static class AccessDenied extends ErrorView implements HasErrorParameter<AccessDeniedException> {

        static final String TITLE = "app.error.denied.title";

        public AccessDenied() {
            super(TITLE);
            add(new Paragraph(getTranslation("app.error.denied.text")),
                    waysOn(DashboardLinks.home(getTranslation("app.error.home"))));
        }

        @Override
        public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
            return HttpStatusCode.FORBIDDEN.getCode();
        }
    }
}
