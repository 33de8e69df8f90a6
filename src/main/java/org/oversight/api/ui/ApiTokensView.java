package org.oversight.api.ui;

import org.oversight.base.ui.BuiltOnEntry;
import org.oversight.base.ui.NarrowScreens;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.oversight.api.ApiTokenService;
import org.oversight.base.Formats;
import org.oversight.base.SubmissionKey;
import org.oversight.base.ui.Feedback;
import org.oversight.base.ui.FieldMessages;
import org.oversight.base.ui.Inputs;
import org.oversight.base.ui.Submit;
import org.oversight.security.ApiTokenScope;
import org.oversight.security.ApiTokenStore.StoredToken;
import org.oversight.security.CurrentUser;
import org.oversight.security.Role;

/**
 * A person's API tokens: make one (shown once), see each with its last use, revoke. An administrator also makes
 * tokens for other accounts (service accounts) and sees and revokes everybody's.
 */
@Route("api-tokens")
@Menu(order = 90, title = "api.tokens.heading", icon = "vaadin:key") // a message key, said by the layout in the reader's language
@PermitAll
class ApiTokensView extends VerticalLayout implements HasDynamicTitle, BuiltOnEntry {

    private final ApiTokenService tokens;
    private final transient CurrentUser currentUser;
    private boolean admin;
    private Grid<StoredToken> grid;
    private Div shownOnce;
    private final Clock clock;
    private SubmissionKey formKey = SubmissionKey.fresh();

    ApiTokensView(ApiTokenService tokens, CurrentUser currentUser, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
        this.currentUser = currentUser;
        addClassName("api-tokens-view");
        setMaxWidth("70rem");
    }

    @Override
    public void build() {
        admin = currentUser.require().is(Role.ADMIN);
        grid = new Grid<>();
        shownOnce = new Div();
        formKey = SubmissionKey.fresh();

        add(new H1(getTranslation("api.tokens.heading")));
        Paragraph intro = new Paragraph(getTranslation("api.tokens.intro"));
        Anchor docs = new Anchor("/swagger-ui/index.html?urls.primaryName=api", getTranslation("api.tokens.docs-link"));
        docs.setRouterIgnore(true);
        shownOnce.addClassName("api-token-shown-once");
        shownOnce.setVisible(false);
        add(intro, docs, form(), shownOnce, new H3(getTranslation(admin ? "api.tokens.everyones" : "api.tokens.yours")), grid());
        refresh();
    }

    private VerticalLayout form() {
        TextField name = new TextField(getTranslation("api.tokens.name"));
        name.setHelperText(getTranslation("api.tokens.name.hint"));
        name.setMaxLength(60);
        RadioButtonGroup<ApiTokenScope> scope = new RadioButtonGroup<>(getTranslation("api.tokens.scope"));
        scope.setItems(ApiTokenScope.values());
        scope.setItemLabelGenerator(ApiTokenScope::label);
        scope.setValue(ApiTokenScope.READ);
        LocalDate today = LocalDate.now(clock);
        DatePicker expires = new DatePicker(getTranslation("api.tokens.expires"));
        expires.setLocale(getLocale());
        expires.setMin(today.plusDays(1));
        expires.setMax(today.plusDays(ApiTokenService.MAX_DAYS));
        expires.setValue(today.plusDays(90));
        expires.setHelperText(getTranslation("api.tokens.expires.hint"));
        Inputs.explain(expires);
        TextField account = new TextField(getTranslation("api.tokens.account"));
        account.setHelperText(getTranslation("api.tokens.account.hint"));
        account.setVisible(admin);
        FieldMessages messages = new FieldMessages().on("name", name).on("scope", scope).on("expiresOn", expires)
                .on("account", account);
        Button make = Submit.button(getTranslation("api.tokens.make"), () -> {
            messages.clear();
            if (Inputs.refuse(expires)) {
                return false;
            }
            ApiTokenService.CreatedToken[] made = new ApiTokenService.CreatedToken[1];
            boolean done = Feedback.run(() -> made[0] = tokens.create(new ApiTokenService.NewToken(name.getValue(),
                    scope.getValue(), expires.getValue(), admin ? account.getValue() : null), formKey), messages);
            if (done) {
                formKey = SubmissionKey.fresh(); // the form stays open for another token
                show(made[0]);
                name.clear();
                account.clear();
                refresh();
            }
            return false; // the form stays for another token
        });
        make.addThemeVariants(ButtonVariant.PRIMARY);
        FormLayout fields = new FormLayout(name, scope, expires, account);
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        VerticalLayout form = new VerticalLayout(new H3(getTranslation("api.tokens.make.heading")), fields, make);
        form.setPadding(false);
        return form;
    }

    private void show(ApiTokenService.CreatedToken made) {
        shownOnce.removeAll();
        TextArea secret = new TextArea(getTranslation("api.tokens.secret"));
        secret.setValue(made.secret());
        secret.setReadOnly(true);
        secret.setWidthFull();
        shownOnce.add(secret, new Paragraph(getTranslation("api.tokens.made", made.name(),
                made.scope().label().toLowerCase(getLocale()), made.owner(), Formats.date(made.expiresOn()),
                "Authorization: Bearer …"))); // i18n-ok: an HTTP header
        shownOnce.setVisible(true);
    }

    private Grid<StoredToken> grid() {
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(StoredToken::name).setHeader(getTranslation("api.tokens.name")).setFlexGrow(1);
        if (admin) {
            grid.addColumn(t -> t.ownerName() + " (" + t.username() + ")").setHeader(getTranslation("api.tokens.column.account")).setFlexGrow(1);
        }
        grid.addColumn(t -> t.scope().label()).setHeader(getTranslation("api.tokens.column.may")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(t -> Formats.date(t.expiresOn())).setHeader(getTranslation("api.tokens.column.expires")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(t -> t.lastUsedAt() == null ? getTranslation("api.tokens.never-used") : Formats.dateTime(t.lastUsedAt()))
                .setHeader(getTranslation("api.tokens.column.last-used")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::state).setHeader(getTranslation("api.tokens.column.status")).setAutoWidth(true).setFlexGrow(0);
        // on a phone: one card a row (the token's name, then its account, what it may do, expiry, last use, status)
        NarrowScreens.cardsOnPhones(grid, this::phoneCard, getTranslation("api.tokens.name"));
        grid.setEmptyStateText(getTranslation("api.tokens.none"));
        grid.setAllRowsVisible(true);
        return grid;
    }

    private com.vaadin.flow.component.Component phoneCard(StoredToken t) {
        Div facts = new Div();
        if (admin) {
            facts.add(new Span(t.ownerName() + " (" + t.username() + ")"));
        }
        facts.add(new Span(t.scope().label()),
                new Span(getTranslation("api.tokens.column.expires") + ": " + Formats.date(t.expiresOn())),
                new Span(getTranslation("api.tokens.column.last-used") + ": " + (t.lastUsedAt() == null
                        ? getTranslation("api.tokens.never-used") : Formats.dateTime(t.lastUsedAt()))),
                state(t));
        facts.addClassName("phone-card-facts");
        Div name = new Div(new Span(t.name()));
        name.addClassName("token-card-name");
        return new Div(name, facts);
    }

    private com.vaadin.flow.component.Component state(StoredToken token) {
        if (token.revokedAt() != null) {
            return new Span(getTranslation("api.tokens.revoked-on", Formats.date(token.revokedAt().toLocalDate())));
        }
        if (!token.usableOn(LocalDate.now(clock))) {
            return new Span(getTranslation("api.tokens.expired"));
        }
        Button revoke = new Button(getTranslation("api.tokens.revoke"), e -> confirmRevoke(token));
        revoke.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.ERROR);
        revoke.setAriaLabel(getTranslation("api.tokens.revoke.aria", token.name()));
        return revoke;
    }

    private void confirmRevoke(StoredToken token) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("api.tokens.revoke.question", token.name()));
        confirm.setText(getTranslation("api.tokens.revoke.warning"));
        confirm.setCancelable(true);
        confirm.setConfirmText(getTranslation("api.tokens.revoke"));
        confirm.setConfirmButtonTheme("error primary"); // i18n-ok: theme names
        confirm.addConfirmListener(e -> {
            if (Feedback.run(() -> tokens.revoke(token.id()), null)) {
                Feedback.success(getTranslation("api.tokens.revoked", token.name()));
                refresh();
            }
        });
        confirm.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("api.tokens.page-title");
    }

    private void refresh() {
        List<StoredToken> list = admin ? tokens.all() : tokens.mine();
        grid.setItems(list);
    }
}
