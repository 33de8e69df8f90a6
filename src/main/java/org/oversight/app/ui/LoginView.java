package org.oversight.app.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.oversight.demo.DemoAccounts;
import org.oversight.base.DemoMode;
import org.oversight.security.SignInNotices;

@Route(value = "login", autoLayout = false)
@PageTitle("Sign in · Oversight Tracker")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    private final LoginForm login = new LoginForm();

    public LoginView(DemoMode demoMode, SignInNotices notices) {
        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        Image logo = new Image("images/logo.svg", "");
        logo.addClassName("login-logo");
        H1 title = new H1("Oversight Tracker");
        Paragraph tagline = new Paragraph("Every watchdog recommendation, followed through to proof that it was carried out.");
        tagline.addClassName("login-tagline");

        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle("Sign in");
        i18n.getForm().setSubmit("Sign in");
        i18n.getErrorMessage().setTitle("Sign-in failed");
        i18n.getErrorMessage().setMessage(
                "The user name or password is wrong, or the account is locked or deactivated. Check them and try again.");
        login.setI18n(i18n);
        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);

        add(logo, title, tagline);
        notices.noAdministrator().ifPresent(text -> {
            Paragraph notice = new Paragraph(text);
            notice.addClassName("no-administrator-notice");
            notice.getElement().setAttribute("role", "alert");
            add(notice);
        });
        add(login);
        if (demoMode.enabled()) {
            add(demoAccounts());
        }
    }

    private static Div demoAccounts() {
        Div box = new Div();
        box.addClassName("demo-accounts");
        box.add(new Paragraph("Demo mode: sign in as any of these with the password \"" + DemoAccounts.PASSWORD + "\"."));
        Div list = new Div();
        list.addClassName("demo-accounts-list");
        for (DemoAccounts.Account a : DemoAccounts.ALL) {
            Div row = new Div();
            row.add(new Div(a.username()), new Div(a.role().label()
                    + (a.actsFor() == null ? "" : " · " + a.actsFor())));
            list.add(row);
        }
        box.add(list);
        return box;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        if (parameters.containsKey("unavailable")) {
            LoginI18n i18n = LoginI18n.createDefault();
            i18n.getForm().setTitle("Sign in");
            i18n.getErrorMessage().setTitle("Sign-in is unavailable");
            i18n.getErrorMessage().setMessage(
                    "The service cannot reach its database, so it cannot check your account. Try again in a minute.");
            login.setI18n(i18n);
            login.setError(true);
        } else if (parameters.containsKey("held")) {
            LoginI18n i18n = LoginI18n.createDefault();
            i18n.getForm().setTitle("Sign in");
            i18n.getErrorMessage().setTitle("Wait before you try again");
            i18n.getErrorMessage().setMessage(heldBack(parameters.get("held").getFirst()));
            login.setI18n(i18n);
            login.setError(true);
        } else if (parameters.containsKey("error")) {
            login.setError(true);
        }
        if (parameters.containsKey("changed")) {
            Paragraph notice = new Paragraph("Your account was changed; sign in again.");
            notice.addClassName("login-notice");
            addComponentAtIndex(indexOf(login), notice);
        }
    }

    /** What a person held back by the sign-in throttle is told; {@code seconds} as the address gives it (may be empty). */
    static String heldBack(String seconds) {
        String wait = seconds != null && seconds.matches("\\d{1,6}")
                ? "Try again in " + (Long.parseLong(seconds) < 120 ? seconds + " seconds" : Math.ceilDiv(Long.parseLong(seconds), 60) + " minutes")
                : "Try again later";
        return "There have been too many wrong passwords for this account. " + wait
                + ". If you have forgotten your password, ask your administrator to reset it.";
    }
}
