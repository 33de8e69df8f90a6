package org.oversight.admin.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.oversight.db.Tables.APP_USER;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.oversight.admin.AdminUserService;
import org.oversight.admin.NewUser;
import org.oversight.admin.UserAccount;
import org.oversight.base.InvalidInputException;
import org.oversight.base.i18n.Language;
import org.oversight.security.Role;
import org.oversight.testsupport.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** An administrator who reads Welsh manages accounts in Welsh: the list, its dates, the dialogs and the refusals. */
@DatabaseTest
@Transactional
@WithUserDetails("admin")
class AdministratorReadsWelshTest extends SpringBrowserlessTest {

    @Autowired DSLContext dsl;
    @Autowired AdminUserService service;

    @Test
    void theUserListAndALockedAccountReadInWelsh() {
        dsl.insertInto(APP_USER).set(APP_USER.USERNAME, "cloi.allan").set(APP_USER.DISPLAY_NAME, "Lowri Loc")
                .set(APP_USER.PASSWORD_HASH, "{noop}x").set(APP_USER.ROLE, Role.ADMIN)
                .set(APP_USER.LOCKED_UNTIL, OffsetDateTime.of(2099, 3, 5, 10, 0, 0, 0, ZoneOffset.UTC))
                .set(APP_USER.CREATED_AT, OffsetDateTime.now()).execute();
        UI.getCurrent().setLocale(Language.WELSH.locale());
        navigate(UserListView.class);

        assertThat(find(H1.class).single().getText()).isEqualTo("Defnyddwyr");
        assertThat(find(Button.class).withText("Defnyddiwr newydd").all()).hasSize(1);
        @SuppressWarnings("unchecked")
        Grid<UserAccount> grid = find(Grid.class).single();
        int row = -1;
        for (int i = 0; i < test(grid).size(); i++) {
            if (test(grid).getRow(i).username().equals("cloi.allan")) {
                row = i;
            }
        }
        assertThat(grid.getColumns().get(1).getHeaderText()).isEqualTo("Rôl");
        Span status = (Span) test(grid).getCellComponent(row, 3);
        assertThat(status.getText()).isEqualTo("Wedi'i gloi tan 5 Maw 2099, 10:00");
        HorizontalLayout actions = (HorizontalLayout) test(grid).getCellComponent(row, 4);
        assertThat(actions.getChildren().map(c -> ((Button) c).getText())).contains("Datgloi", "Newid y rôl");
    }

    @Test
    void anEmptyNewUserFormAndATakenNameAreRefusedInWelsh() {
        UI.getCurrent().setLocale(Language.WELSH.locale());
        navigate(UserListView.class);
        test(find(Button.class).withText("Defnyddiwr newydd").single()).click();
        test(find(Button.class).withText("Creu defnyddiwr").single()).click();

        TextField userName = find(TextField.class).withCaption("Enw defnyddiwr").single();
        assertThat(userName.isInvalid()).isTrue();
        assertThat(userName.getErrorMessage()).isEqualTo("Rhowch enw defnyddiwr.");

        assertThatThrownBy(() -> Language.WELSH.speak(() -> service.create(new NewUser("admin", "Ail Weinyddwr",
                "ail@example.invalid", Role.ADMIN, null, "copper-lighthouse-fjord")))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Mae'r enw defnyddiwr admin wedi'i gymryd yn barod. Dewiswch un arall.");
    }
}
