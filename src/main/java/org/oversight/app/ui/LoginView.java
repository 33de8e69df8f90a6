package org.oversight.app.ui;

import org.oversight.base.ui.BuiltOnEntry;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.oversight.base.i18n.Messages;
import org.oversight.demo.DemoAccounts;
import org.oversight.base.DemoMode;
import org.oversight.security.SignInNotices;

/**
 * The sign-in page, in the language of {@code ?lang=}, the browser's cookie or its Accept-Language; its language switch
 * works before anybody signs in (decision 0096).
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BuiltOnEntry, HasDynamicTitle {

    private final transient DemoMode demoMode;
    private final transient SignInNotices notices;
    private LoginForm login;

    public LoginView(DemoMode demoMode, SignInNotices notices) {
        this.demoMode = demoMode;
        this.notices = notices;
        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        // centred up and down by the stylesheet, "safe": a plain centre pushed the top (the language switch) out of
        // reach on a phone, where the page is taller than the window
    }

    /** The sign-in page's content (each entry: BuiltOnEntry); the address's notices are added by beforeEnter. */
    @Override
    public void build() {
        login = new LoginForm();

        Image logo = new Image("images/logo.svg", "");
        logo.addClassName("login-logo");
        H1 title = new H1(MainLayout.BRAND);
        Paragraph tagline = new Paragraph(getTranslation("app.sign-in.tagline"));
        tagline.addClassName("login-tagline");

        login.setI18n(i18n("app.sign-in.failed.title", getTranslation("app.sign-in.failed.message")));
        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);

        add(LanguageSwitch.forAnybody(), logo, title, tagline);
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

    @Override
    public String getPageTitle() {
        return getTranslation("app.sign-in.title") + " · " + MainLayout.BRAND;
    }

    /** The form's words, with the error it shows when sign-in fails. */
    private LoginI18n i18n(String errorTitleKey, String errorMessage) {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("app.sign-in.title"));
        i18n.getForm().setSubmit(getTranslation("app.sign-in.submit"));
        i18n.getForm().setUsername(getTranslation("app.sign-in.user-name"));
        i18n.getForm().setPassword(getTranslation("app.sign-in.password"));
        i18n.getErrorMessage().setUsername(getTranslation("app.sign-in.user-name.missing"));
        i18n.getErrorMessage().setPassword(getTranslation("app.sign-in.password.missing"));
        i18n.getErrorMessage().setTitle(getTranslation(errorTitleKey));
        i18n.getErrorMessage().setMessage(errorMessage);
        return i18n;
    }

    private Div demoAccounts() {
        Div box = new Div();
        box.addClassName("demo-accounts");
        box.add(new Paragraph(getTranslation("app.sign-in.demo", DemoAccounts.PASSWORD)));
        Div list = new Div();
        list.addClassName("demo-accounts-list");
        for (DemoAccounts.Account a : DemoAccounts.ALL) {
            Div row = new Div();
            row.add(new Div(a.username()), new Div(a.actsFor() == null ? a.role().label()
                    : getTranslation("app.layout.role-and-organisation", a.role().label(), a.actsFor())));
            list.add(row);
        }
        box.add(list);
        return box;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        rebuild();
        var parameters = event.getLocation().getQueryParameters().getParameters();
        if (parameters.containsKey("unavailable")) {
            login.setI18n(i18n("app.sign-in.unavailable.title", getTranslation("app.sign-in.unavailable.message")));
            login.setError(true);
        } else if (parameters.containsKey("held")) {
            login.setI18n(i18n("app.sign-in.held.title", heldBack(parameters.get("held").getFirst())));
            login.setError(true);
        } else if (parameters.containsKey("error")) {
            login.setError(true);
        }
        if (parameters.containsKey("changed")) {
            Paragraph notice = new Paragraph(getTranslation("app.sign-in.changed"));
            notice.addClassName("login-notice");
            addComponentAtIndex(indexOf(login), notice);
        }
    }

    /** What a person held back by the sign-in throttle is told; {@code seconds} as the address gives it (may be empty). */
    static String heldBack(String seconds) {
        String wait;
        if (seconds != null && seconds.matches("\\d{1,6}")) {
            long s = Long.parseLong(seconds);
            wait = s < 120 ? Messages.t("app.sign-in.held.seconds", s)
                    : Messages.t("app.sign-in.held.minutes", Math.ceilDiv(s, 60));
        } else {
            wait = Messages.t("app.sign-in.held.later");
        }
        return Messages.t("app.sign-in.held.message", wait);
    }
}
