package org.oversight.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oversight.db.Tables.APP_USER;

import java.util.Map;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.oversight.base.InvalidInputException;
import org.oversight.security.Role;
import org.oversight.testsupport.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** Bad input on the new-user form: every problem named on its field, and nothing saved. */
@DatabaseTest
@Transactional
@WithUserDetails("admin")
class NewUserInputIsCheckedTest {

    static final String GOOD_PASSWORD = "copper-lighthouse-fjord";

    @Autowired AdminUserService service;
    @Autowired DSLContext dsl;

    @Test
    void overLongFieldsAreRefusedEachOnItsField() {
        Map<String, String> messages = refused(new NewUser("a".repeat(61), "N".repeat(121), "x".repeat(190) + "@example.invalid",
                Role.ADMIN, null, "p".repeat(65)));

        assertThat(messages).containsOnlyKeys("username", "displayName", "email", "password");
        assertThat(messages.get("displayName")).contains("at most 120").contains("this has 121");
        assertThat(messages.get("password")).contains("at most 64");
    }

    @Test
    void emptyFieldsAreNamed() {
        Map<String, String> messages = refused(new NewUser("  ", "", null, null, null, ""));

        assertThat(messages).containsOnlyKeys("username", "displayName", "email", "role", "password");
    }

    @Test
    void markupInAUserNameIsRefusedButANameWithMarkupIsKeptAsText() {
        Map<String, String> messages = refused(new NewUser("<script>", "Jo", "jo@example.invalid", Role.ADMIN, null, GOOD_PASSWORD));
        assertThat(messages).containsOnlyKeys("username");

        String markup = "<img src=x onerror=alert(1)>";
        long id = service.create(new NewUser("jo.markup", markup, "jo@example.invalid", Role.ADMIN, null, GOOD_PASSWORD));

        assertThat(dsl.select(APP_USER.DISPLAY_NAME).from(APP_USER).where(APP_USER.ID.eq(id)).fetchSingle().value1()).isEqualTo(markup);
    }

    @Test
    void invisibleControlCharactersAndBadAddressesAreRefused() {
        Map<String, String> messages = refused(new NewUser("jo.control", "Jo\u0000Bloggs", "not an address", Role.ADMIN, null,
                GOOD_PASSWORD));

        assertThat(messages).containsOnlyKeys("displayName", "email");
    }

    @Test
    void weakPasswordsAreRefusedWithAReason() {
        assertThat(refused(user("demo")).get("password")).contains("at least 12");
        assertThat(refused(user("password1234")).get("password")).contains("list of common passwords");
        assertThat(refused(user("baseball2023")).get("password")).contains("too easy to guess");
        assertThat(refused(user("jo.bloggs.2025!")).get("password")).contains("own name");
    }

    @Test
    void aTakenUserNameIsRefusedWhateverItsCase() {
        assertThat(refused(new NewUser("Surrey".toLowerCase(), "Another Surrey", "s@example.invalid", Role.ADMIN, null, GOOD_PASSWORD)))
                .containsOnlyKeys("username");
    }

    private NewUser user(String password) {
        return new NewUser("jo.bloggs", "Jo Bloggs", "jo@example.invalid", Role.ADMIN, null, password);
    }

    private Map<String, String> refused(NewUser user) {
        int before = dsl.fetchCount(APP_USER);
        var thrown = org.assertj.core.api.Assertions.catchThrowableOfType(InvalidInputException.class, () -> service.create(user));
        assertThat(thrown).as("refused").isNotNull();
        assertThat(dsl.fetchCount(APP_USER)).as("nothing saved").isEqualTo(before);
        return thrown.fieldMessages();
    }
}
