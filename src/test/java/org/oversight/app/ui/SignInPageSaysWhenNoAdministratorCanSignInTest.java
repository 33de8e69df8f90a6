package org.oversight.app.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oversight.db.Tables.APP_USER;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Paragraph;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.oversight.security.Role;
import org.oversight.testsupport.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/** Anyone at the sign-in page learns when no administrator can sign in, without learning anything secret. */
@DatabaseTest
@Transactional
class SignInPageSaysWhenNoAdministratorCanSignInTest extends SpringBrowserlessTest {

    @Autowired DSLContext dsl;
    @Autowired org.oversight.security.SignInNotices notices;
    @Autowired org.oversight.base.DemoMode demoMode;

    @Test
    void withNoActiveAdministratorThePageSaysSo() {
        dsl.update(APP_USER).set(APP_USER.ENABLED, false).where(APP_USER.ROLE.eq(Role.ADMIN)).execute();

        assertThat(dsl.fetchCount(APP_USER, APP_USER.ROLE.eq(Role.ADMIN), APP_USER.ENABLED.isTrue())).isZero();
        assertThat(notices.noAdministrator()).isPresent();

        String notice = notices(entered(new LoginView(demoMode, notices))).findFirst().orElseThrow().getText();
        assertThat(notice).startsWith("No administrator can sign in yet").contains("OVERSIGHT_ADMIN_PASSWORD")
                .doesNotContain("demo");
    }

    @Test
    void withAnAdministratorThereIsNoNotice() {
        assertThat(notices(entered(new LoginView(demoMode, notices)))).isEmpty();
    }

    private static java.util.stream.Stream<Paragraph> notices(LoginView page) {
        return page.getChildren().filter(c -> c instanceof Paragraph p && p.hasClassName("no-administrator-notice"))
                .map(Paragraph.class::cast);
    }

    /** The page as entered (it builds what it shows on entry, decision 0128). */
    private static LoginView entered(LoginView page) {
        page.build();
        return page;
    }
}
