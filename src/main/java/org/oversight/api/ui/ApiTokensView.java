package org.oversight.api.ui;

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
import com.vaadin.flow.router.PageTitle;
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
@PageTitle("API tokens · Oversight Tracker")
@Menu(order = 90, title = "API tokens", icon = "vaadin:key")
@PermitAll
class ApiTokensView extends VerticalLayout {

    private final ApiTokenService tokens;
    private final boolean admin;
    private final Grid<StoredToken> grid = new Grid<>();
    private final Div shownOnce = new Div();
    private final Clock clock;
    private SubmissionKey formKey = SubmissionKey.fresh();

    ApiTokensView(ApiTokenService tokens, CurrentUser currentUser, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
        this.admin = currentUser.require().is(Role.ADMIN);
        addClassName("api-tokens-view");
        setMaxWidth("70rem");

        add(new H1("API tokens"));
        Paragraph intro = new Paragraph("Another system uses a token to read and update Oversight Tracker for you, through "
                + "the API. A token can do what you can do, or only read. You see a token once, when you make it: keep it "
                + "somewhere safe. Every use is recorded in the audit trail under the token's name.");
        Anchor docs = new Anchor("/swagger-ui/index.html?urls.primaryName=api", "Read the API documentation");
        docs.setRouterIgnore(true);
        shownOnce.addClassName("api-token-shown-once");
        shownOnce.setVisible(false);
        add(intro, docs, form(), shownOnce, new H3(admin ? "Everyone's tokens" : "Your tokens"), grid());
        refresh();
    }

    private VerticalLayout form() {
        TextField name = new TextField("Name");
        name.setHelperText("What the token is for, such as the system that uses it");
        name.setMaxLength(60);
        RadioButtonGroup<ApiTokenScope> scope = new RadioButtonGroup<>("What it may do");
        scope.setItems(ApiTokenScope.values());
        scope.setItemLabelGenerator(ApiTokenScope::label);
        scope.setValue(ApiTokenScope.READ);
        LocalDate today = LocalDate.now(clock);
        DatePicker expires = new DatePicker("Stops working after");
        expires.setLocale(java.util.Locale.UK);
        expires.setMin(today.plusDays(1));
        expires.setMax(today.plusDays(ApiTokenService.MAX_DAYS));
        expires.setValue(today.plusDays(90));
        expires.setHelperText("At most a year from today");
        Inputs.explain(expires);
        TextField account = new TextField("For account");
        account.setHelperText("Leave empty for your own account; give a service account's user name to make a token for it");
        account.setVisible(admin);
        FieldMessages messages = new FieldMessages().on("name", name).on("scope", scope).on("expiresOn", expires)
                .on("account", account);
        Button make = Submit.button("Make token", () -> {
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
        VerticalLayout form = new VerticalLayout(new H3("Make a token"), fields, make);
        form.setPadding(false);
        return form;
    }

    private void show(ApiTokenService.CreatedToken made) {
        shownOnce.removeAll();
        TextArea secret = new TextArea("Your new token: copy it now, you will not see it again");
        secret.setValue(made.secret());
        secret.setReadOnly(true);
        secret.setWidthFull();
        shownOnce.add(secret, new Paragraph(made.name() + " (" + made.scope().label().toLowerCase() + ", for " + made.owner()
                + ") works until the end of " + Formats.date(made.expiresOn()) + ". Send it as the header "
                + "\"Authorization: Bearer …\"."));
        shownOnce.setVisible(true);
    }

    private Grid<StoredToken> grid() {
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(StoredToken::name).setHeader("Name").setFlexGrow(1);
        if (admin) {
            grid.addColumn(t -> t.ownerName() + " (" + t.username() + ")").setHeader("Account").setFlexGrow(1);
        }
        grid.addColumn(t -> t.scope().label()).setHeader("May").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(t -> Formats.date(t.expiresOn())).setHeader("Expires").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(t -> t.lastUsedAt() == null ? "Never used" : Formats.dateTime(t.lastUsedAt()))
                .setHeader("Last used").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::state).setHeader("Status").setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText("No tokens yet.");
        grid.setAllRowsVisible(true);
        return grid;
    }

    private com.vaadin.flow.component.Component state(StoredToken token) {
        if (token.revokedAt() != null) {
            return new Span("Revoked " + Formats.date(token.revokedAt().toLocalDate()));
        }
        if (!token.usableOn(LocalDate.now(clock))) {
            return new Span("Expired");
        }
        Button revoke = new Button("Revoke", e -> confirmRevoke(token));
        revoke.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.ERROR);
        revoke.setAriaLabel("Revoke " + token.name());
        return revoke;
    }

    private void confirmRevoke(StoredToken token) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader("Revoke " + token.name() + "?");
        confirm.setText("Any system using this token stops being able to reach Oversight Tracker at once. This cannot be undone.");
        confirm.setCancelable(true);
        confirm.setConfirmText("Revoke");
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> {
            if (Feedback.run(() -> tokens.revoke(token.id()), null)) {
                Feedback.success(token.name() + " is revoked.");
                refresh();
            }
        });
        confirm.open();
    }

    private void refresh() {
        List<StoredToken> list = admin ? tokens.all() : tokens.mine();
        grid.setItems(list);
    }
}
