package org.oversight.app.ui;

import org.oversight.base.i18n.Messages;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import org.oversight.notification.ui.DeadlineBell;
import org.oversight.base.DemoMode;
import org.oversight.security.CurrentUser;
import org.oversight.security.SavedLanguages;
import org.oversight.security.SignedInUser;

/**
 * The application shell. Its first Tab stop is a "Skip to main content" link that moves focus to the page's own
 * content (whose {@code h1} is the page's title); the header holds the language switch ({@link LanguageSwitch}) and
 * the colours menu ({@link Colours}). The side navigation is built from the views' {@code @Menu} annotations, filtered by
 * Vaadin to the views the signed-in user may open, so a menu entry exists only for a view that works for them.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements BeforeEnterObserver {

    private final transient AuthenticationContext authentication;
    private final transient CurrentUser currentUser;
    private final transient DemoMode demoMode;
    private final transient SavedLanguages savedLanguages;
    private final Div headerEnd = new Div();
    private final List<Component> shown = new ArrayList<>();
    /** Whom and in which language the shell was last built for: Vaadin keeps one layout for the UI's navigations. */
    private List<Object> shownFor;

    public MainLayout(CurrentUser currentUser, DemoMode demoMode, AuthenticationContext authentication,
                      DeadlineBell deadlineBell, SavedLanguages savedLanguages) {
        this.authentication = authentication;
        this.currentUser = currentUser;
        this.demoMode = demoMode;
        this.savedLanguages = savedLanguages;
        headerEnd.add(deadlineBell);
        headerEnd.addClassName("header-end");
        setPrimarySection(Section.DRAWER);
    }

    /**
     * Builds the shell when it is first entered and again whenever the person or the language differs from what it
     * shows (the name in the user card, the menu of the views they may open, the words of every label); otherwise
     * it stays as it is, and the bell counts afresh by itself (decision 0128).
     */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        SignedInUser user = currentUser.require();
        List<Object> key = Arrays.asList(user.id(), user.displayName(), user.role(), user.organisationName(), getLocale());
        if (key.equals(shownFor)) {
            return;
        }
        shownFor = key;
        shown.forEach(this::remove);
        shown.clear();
        Component[] drawer = {brand(), new Scroller(navigation()), userCard(user)};
        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("app.layout.menu"));
        Component[] navbar = {skipLink(), toggle, headerBar(LanguageSwitch.create(savedLanguages))};
        addToDrawer(drawer);
        addToNavbar(true, navbar);
        shown.addAll(List.of(drawer));
        shown.addAll(List.of(navbar));
    }

    /** The product's name, the same in both languages. */
    static final String BRAND = "Oversight Tracker"; // i18n-ok: the product's name, not translated

    /** The id of the element that holds the page's content, where the skip link leads. */
    static final String MAIN_CONTENT = "main-content";

    /**
     * GOV.UK's skip link: hidden until it has focus. Focus moves to the content itself (not only the scroll position),
     * so that the next Tab reaches the page's first control.
     */
    private Anchor skipLink() {
        Anchor skip = new Anchor("#" + MAIN_CONTENT, getTranslation("app.layout.skip-link"));
        skip.addClassName("skip-link");
        skip.getElement().executeJs("this.addEventListener('click', e => {"
                + " const main = document.getElementById($0);"
                + " if (main) { e.preventDefault(); main.focus(); } })", MAIN_CONTENT);
        return skip;
    }

    /** Each page's content is the skip link's target, focusable by script only. */
    @Override
    public void showRouterLayoutContent(HasElement content) {
        super.showRouterLayoutContent(content);
        if (content != null) {
            content.getElement().setAttribute("id", MAIN_CONTENT);
            content.getElement().setAttribute("tabindex", "-1");
        }
    }

    /** Slot at the right of the header for features such as the deadline bell. */
    public Div headerEnd() {
        return headerEnd;
    }

    private static Header brand() {
        Image logo = new Image("images/logo.svg", "");
        logo.addClassName("brand-logo");
        // the brand is not a heading: each page's h1 is its own title
        Div name = new Div(BRAND);
        name.addClassName("brand-name");
        Header header = new Header(logo, name);
        header.addClassName("brand");
        return header;
    }

    private HorizontalLayout headerBar(Component languageSwitch) {
        HorizontalLayout bar = new HorizontalLayout();
        bar.addClassName("header-bar");
        bar.setWidthFull();
        bar.setAlignItems(HorizontalLayout.Alignment.CENTER);
        Div spacer = new Div();
        bar.add(spacer);
        bar.setFlexGrow(1, spacer);
        if (demoMode.enabled()) {
            Span demo = new Span(getTranslation("app.layout.demo"));
            demo.addClassName("demo-marker");
            demo.getElement().setAttribute("title", getTranslation("app.layout.demo-hint"));
            bar.add(demo);
        }
        bar.add(languageSwitch, Colours.menu(), headerEnd);
        return bar;
    }

    private static SideNav navigation() {
        SideNav nav = new SideNav();
        nav.addClassName("main-nav");
        List<MenuEntry> entries = MenuConfiguration.getMenuEntries();
        for (MenuEntry entry : entries) {
            // a view's @Menu title may be a message key (decision 0090): it is then said in the reader's language
            String title = Messages.has(entry.title()) ? Messages.t(entry.title()) : entry.title();
            SideNavItem item = new MenuEntryItem(title, entry.path(), entry.icon() == null ? null : new Icon(entry.icon()));
            item.setMatchNested(!entry.path().isEmpty() && !"/".equals(entry.path()));
            nav.addItem(item);
        }
        return nav;
    }

    private Footer userCard(SignedInUser user) {
        Div name = new Div(user.displayName());
        name.addClassName("user-name");
        Div role = new Div(user.organisationName() == null ? user.role().label()
                : getTranslation("app.layout.role-and-organisation", user.role().label(), user.organisationName()));
        role.addClassName("user-role");
        Div who = new Div(name, role);
        who.addClassName("user-who");
        Button signOut = new Button(getTranslation("app.layout.sign-out"), VaadinIcon.SIGN_OUT.create(), e -> authentication.logout());
        signOut.addThemeVariants(ButtonVariant.TERTIARY);
        signOut.addClassName("sign-out");
        Footer footer = new Footer(who, signOut);
        footer.addClassName("user-card");
        return footer;
    }
}
