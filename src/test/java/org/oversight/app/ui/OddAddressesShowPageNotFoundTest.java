package org.oversight.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.oversight.testsupport.DatabaseTest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** Addresses without a number, or with a word for one, are the shell's "Page not found", never "cannot open". */
@DatabaseTest
@Transactional
@WithUserDetails("surrey")
class OddAddressesShowPageNotFoundTest extends SpringBrowserlessTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"deadlines", "plans", "plans/abc", "deadlines/abc", "evidence/abc", "no-such-page"})
    void aSignedInPersonSeesPageNotFound(String address) {
        UI.getCurrent().navigate(address);

        assertThat(getCurrentView()).isInstanceOf(ErrorView.PageNotFound.class);
        assertThat(find(H1.class).all()).extracting(H1::getText).contains("Page not found");
    }
}
