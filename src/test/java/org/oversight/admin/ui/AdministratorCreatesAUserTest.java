package org.oversight.admin.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oversight.db.Tables.APP_USER;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.oversight.admin.AdminUserService;
import org.oversight.admin.NewUser;
import org.oversight.admin.UserAccount;
import org.oversight.security.Role;
import org.oversight.testsupport.DatabaseTest;
import org.oversight.testsupport.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

@DatabaseTest
@Transactional
@WithUserDetails("admin")
class AdministratorCreatesAUserTest extends SpringBrowserlessTest {

    static final String MARKUP = "<img src=x onerror=alert(1)>";

    @Autowired DSLContext dsl;
    @Autowired AdminUserService service;
    @Autowired UserDetailsService users;

    @Test
    void createsAForceLeadThroughTheForm() {
        navigate(UserListView.class);
        test(find(Button.class).withText("New user").single()).click();

        test(find(TextField.class).withCaption("User name").single()).setValue("pat.quinn");
        test(find(TextField.class).withCaption("Name").single()).setValue("Pat Quinn");
        test(find(TextField.class).withCaption("E-mail").single()).setValue("pat.quinn@surrey.police.invalid");
        test(roleBox()).selectItem("Force lead");
        @SuppressWarnings("unchecked")
        ComboBox<Object> actsFor = find(ComboBox.class).withCaption("Acts for").single();
        test(actsFor).selectItem("Surrey Police");
        test(find(PasswordField.class).withCaption("First password").single()).setValue("copper-lighthouse-fjord");
        test(find(Button.class).withText("Create user").single()).click();

        assertThat(dsl.select(APP_USER.ROLE).from(APP_USER).where(APP_USER.USERNAME.eq("pat.quinn")).fetchOne(APP_USER.ROLE))
                .isEqualTo(Role.FORCE_LEAD);
        assertThat(rows()).extracting(UserAccount::displayName).contains("Pat Quinn");
    }

    @Test
    void aWeakPasswordIsShownOnItsFieldAndNothingIsSaved() {
        navigate(UserListView.class);
        test(find(Button.class).withText("New user").single()).click();
        test(find(TextField.class).withCaption("User name").single()).setValue("pat.weak");
        test(find(TextField.class).withCaption("Name").single()).setValue("Pat Weak");
        test(find(TextField.class).withCaption("E-mail").single()).setValue("pat@example.invalid");
        test(roleBox()).selectItem("Administrator");
        PasswordField password = find(PasswordField.class).withCaption("First password").single();
        test(password).setValue("baseball2023");

        test(find(Button.class).withText("Create user").single()).click();

        assertThat(password.isInvalid()).isTrue();
        assertThat(password.getErrorMessage()).contains("too easy to guess");
        assertThat(dsl.fetchExists(APP_USER, APP_USER.USERNAME.eq("pat.weak"))).isFalse();
    }

    @Test
    void aNameWithMarkupIsShownAsTextInTheListAndInTheHeader() {
        service.create(new NewUser("mark.up", MARKUP, "mark@example.invalid", Role.ADMIN, null, "copper-lighthouse-fjord"));
        SignIn.as(users, "mark.up");

        navigate(UserListView.class);

        @SuppressWarnings("unchecked")
        Grid<UserAccount> grid = find(Grid.class).single();
        int row = rows().stream().map(UserAccount::username).toList().indexOf("mark.up");
        Div who = (Div) test(grid).getCellComponent(row, 0);
        Div nameInList = (Div) who.getChildren().findFirst().orElseThrow();
        assertThat(nameInList.getText()).isEqualTo(MARKUP);
        Div nameInHeader = find(Div.class).withClassName("user-name").single();
        assertThat(nameInHeader.getText()).isEqualTo(MARKUP);
        for (Div shown : new Div[] {nameInList, nameInHeader}) {
            assertThat(shown.getElement().getChildCount()).isEqualTo(1);
            assertThat(shown.getElement().getChild(0).isTextNode()).as("text, not parsed HTML").isTrue();
            assertThat(shown.getElement().getProperty("innerHTML")).isNull();
        }
        assertThat(find(Image.class).all()).extracting(Image::getSrc).doesNotContain("x");
    }

    @SuppressWarnings("unchecked")
    private ComboBox<Object> roleBox() {
        return find(ComboBox.class).withCaption("Role").single();
    }

    @SuppressWarnings("unchecked")
    private java.util.List<UserAccount> rows() {
        Grid<UserAccount> grid = find(Grid.class).single();
        java.util.List<UserAccount> rows = new java.util.ArrayList<>();
        for (int i = 0; i < test(grid).size(); i++) {
            rows.add(test(grid).getRow(i));
        }
        return rows;
    }
}
