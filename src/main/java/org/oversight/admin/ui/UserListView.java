package org.oversight.admin.ui;

import org.oversight.base.ui.BuiltOnEntry;
import org.oversight.base.ui.NarrowScreens;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.OffsetDateTime;
import org.oversight.admin.AdminUserService;
import org.oversight.admin.UserAccount;
import org.oversight.base.Formats;
import org.oversight.base.ui.Feedback;
import org.oversight.security.CurrentUser;
import org.oversight.security.Role;

/** The administrator's list of accounts, with what can be done to each. */
@Route("admin/users")
@Menu(order = 95, title = "admin.users.menu", icon = "vaadin:users")
@RolesAllowed(Role.ADMIN_NAME)
class UserListView extends VerticalLayout implements HasDynamicTitle, BuiltOnEntry {

    private final AdminUserService users;
    private final Clock clock;
    private final transient CurrentUser currentUser;
    private long me;
    private Grid<UserAccount> grid;

    UserListView(AdminUserService users, Clock clock, CurrentUser currentUser) {
        this.users = users;
        this.clock = clock;
        this.currentUser = currentUser;
        addClassName("user-list-view");
        setSizeFull();
    }

    @Override
    public void build() {
        me = currentUser.require().id();
        grid = new Grid<>();

        Button add = new Button(getTranslation("admin.users.new"), VaadinIcon.PLUS.create(), e -> new NewUserDialog(users, this::refresh).open());
        add.addThemeVariants(ButtonVariant.PRIMARY);
        HorizontalLayout header = new HorizontalLayout(new H1(getTranslation("admin.users.heading")), add);
        header.setWidthFull();
        header.setJustifyContentMode(JustifyContentMode.BETWEEN);
        header.setAlignItems(Alignment.CENTER);
        Paragraph intro = new Paragraph(getTranslation("admin.users.intro"));
        intro.addClassName("user-list-intro");

        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(UserListView::who).setHeader(getTranslation("admin.users.name")).setComparator(UserAccount::displayName)
                .setSortable(true).setFlexGrow(1);
        grid.addColumn(a -> a.role().label()).setHeader(getTranslation("admin.users.role")).setAutoWidth(true).setFlexGrow(0).setSortable(true);
        grid.addColumn(a -> a.organisationName() == null ? "—" : a.organisationName()).setHeader(getTranslation("admin.users.acts-for"))
                .setFlexGrow(1).setSortable(true);
        grid.addComponentColumn(this::status).setHeader(getTranslation("admin.users.status")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::actions).setHeader("").setAutoWidth(true).setFlexGrow(0);
        // on a phone: one card a row (name and log-in, role and organisation, status, then the buttons)
        NarrowScreens.cardsOnPhones(grid, this::phoneCard, getTranslation("admin.users.name"));
        grid.setEmptyStateText(getTranslation("admin.users.empty"));
        add(header, intro, new org.oversight.base.ui.ExportMenu(clock, () -> getTranslation("admin.users.export-name"), users::export), grid);
        setFlexGrow(1, grid);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.users.page-title");
    }

    private void refresh() {
        grid.setItems(users.list());
    }

    /** The name as colleagues know it, with the user name and e-mail under it. */
    private static Div who(UserAccount account) {
        Div name = new Div(account.displayName());
        name.addClassName("user-list-name");
        Div login = new Div(account.username() + (account.email() == null ? "" : " · " + account.email()));
        login.addClassName("user-list-login");
        return new Div(name, login);
    }

    private Div phoneCard(UserAccount account) {
        Div facts = new Div(new Span(account.role().label()),
                new Span(account.organisationName() == null ? "—" : account.organisationName()), status(account));
        facts.addClassName("phone-card-facts");
        HorizontalLayout buttons = actions(account);
        buttons.setWrap(true);
        return new Div(who(account), facts, buttons);
    }

    private Span status(UserAccount account) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        Span badge;
        if (!account.enabled()) {
            badge = new Span(getTranslation("admin.users.deactivated"));
            badge.addClassName("deactivated");
        } else if (account.lockedAt(now)) {
            badge = new Span(getTranslation("admin.users.locked-until", Formats.dateTime(account.lockedUntil())));
            badge.addClassName("locked");
        } else {
            badge = new Span(getTranslation("admin.users.active"));
            badge.addClassName("active");
        }
        badge.addClassName("account-status");
        return badge;
    }

    /** No role change or deactivation of one's own account: another administrator must do it (the service insists). */
    private HorizontalLayout actions(UserAccount account) {
        Button password = small(getTranslation("admin.users.reset-password"), () -> new ResetPasswordDialog(users, account, this::refresh).open());
        if (account.id() == me) {
            return new HorizontalLayout(password);
        }
        Button role = small(getTranslation("admin.users.change-role"), () -> new ChangeRoleDialog(users, account, this::refresh).open());
        Button activation = account.enabled()
                ? small(getTranslation("admin.users.deactivate"), () -> confirmDeactivation(account))
                : small(getTranslation("admin.users.reactivate"), () -> {
                    if (Feedback.run(() -> users.reactivate(account.id(), account.version()), null)) {
                        Feedback.success(getTranslation("admin.users.can-sign-in", account.displayName()));
                        refresh();
                    }
                });
        HorizontalLayout actions = new HorizontalLayout(role, password, activation);
        if (account.lockedAt(OffsetDateTime.now(clock))) {
            actions.addComponentAsFirst(small(getTranslation("admin.users.lift-lock"), () -> {
                if (Feedback.run(() -> users.unlock(account.id(), account.version()), null)) {
                    Feedback.success(getTranslation("admin.users.can-sign-in", account.displayName()));
                    refresh();
                }
            }));
        }
        actions.setSpacing(false);
        return actions;
    }

    private void confirmDeactivation(UserAccount account) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("admin.users.deactivate-title", account.displayName()));
        confirm.setText(getTranslation("admin.users.deactivate-text", account.displayName()));
        confirm.setCancelable(true);
        confirm.setConfirmText(getTranslation("admin.users.deactivate"));
        confirm.setConfirmButtonTheme("error primary"); // i18n-ok: theme names
        confirm.addConfirmListener(e -> {
            if (Feedback.run(() -> users.deactivate(account.id(), account.version()), null)) {
                Feedback.success(getTranslation("admin.users.deactivated-done", account.displayName()));
                refresh();
            }
        });
        confirm.open();
    }

    private static Button small(String text, Runnable action) {
        Button b = new Button(text, e -> action.run());
        b.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        return b;
    }
}
