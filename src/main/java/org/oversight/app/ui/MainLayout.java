package org.oversight.app.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.H1;
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
import java.util.List;
import org.oversight.notification.ui.DeadlineBell;
import org.oversight.base.DemoMode;
import org.oversight.security.CurrentUser;
import org.oversight.security.SignedInUser;

/**
 * The application shell. The side navigation is built from the views' {@code @Menu} annotations, filtered by
 * Vaadin to the views the signed-in user may open, so a menu entry exists only for a view that works for them.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

    private final transient AuthenticationContext authentication;
    private final Div headerEnd = new Div();

    public MainLayout(CurrentUser currentUser, DemoMode demoMode, AuthenticationContext authentication,
                      DeadlineBell deadlineBell) {
        this.authentication = authentication;
        headerEnd.add(deadlineBell);
        setPrimarySection(Section.DRAWER);
        addToDrawer(brand(), new Scroller(navigation()), userCard(currentUser.require()));
        addToNavbar(true, new DrawerToggle(), headerBar(demoMode));
    }

    /** Slot at the right of the header for features such as the deadline bell. */
    public Div headerEnd() {
        return headerEnd;
    }

    private static Header brand() {
        Image logo = new Image("images/logo.svg", "");
        logo.addClassName("brand-logo");
        H1 name = new H1("Oversight Tracker");
        name.addClassName("brand-name");
        Header header = new Header(logo, name);
        header.addClassName("brand");
        return header;
    }

    private HorizontalLayout headerBar(DemoMode demoMode) {
        HorizontalLayout bar = new HorizontalLayout();
        bar.addClassName("header-bar");
        bar.setWidthFull();
        bar.setAlignItems(HorizontalLayout.Alignment.CENTER);
        Div spacer = new Div();
        bar.add(spacer);
        bar.setFlexGrow(1, spacer);
        if (demoMode.enabled()) {
            Span demo = new Span("Demo");
            demo.addClassName("demo-marker");
            demo.getElement().setAttribute("title", "Demo mode: sample data and demo accounts; nothing here is real casework.");
            bar.add(demo);
        }
        headerEnd.addClassName("header-end");
        bar.add(headerEnd);
        return bar;
    }

    private static SideNav navigation() {
        SideNav nav = new SideNav();
        nav.addClassName("main-nav");
        List<MenuEntry> entries = MenuConfiguration.getMenuEntries();
        for (MenuEntry entry : entries) {
            SideNavItem item = entry.icon() == null
                    ? new SideNavItem(entry.title(), entry.path())
                    : new SideNavItem(entry.title(), entry.path(), new Icon(entry.icon()));
            item.setMatchNested(!entry.path().isEmpty() && !"/".equals(entry.path()));
            nav.addItem(item);
        }
        return nav;
    }

    private Footer userCard(SignedInUser user) {
        Div name = new Div(user.displayName());
        name.addClassName("user-name");
        Div role = new Div(user.role().label() + (user.organisationName() == null ? "" : " · " + user.organisationName()));
        role.addClassName("user-role");
        Div who = new Div(name, role);
        who.addClassName("user-who");
        Button signOut = new Button("Sign out", VaadinIcon.SIGN_OUT.create(), e -> authentication.logout());
        signOut.addThemeVariants(ButtonVariant.TERTIARY);
        signOut.addClassName("sign-out");
        Footer footer = new Footer(who, signOut);
        footer.addClassName("user-card");
        return footer;
    }
}
