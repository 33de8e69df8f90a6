package org.oversight.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import org.oversight.testsupport.DatabaseTest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every navigation makes its view (and, on the first, the layout) through Spring. They come out as themselves, not
 * wrapped in a Spring proxy: a proxy meant matching every advisor against each of a view's hundreds of inherited
 * methods on every navigation, about a fifth of a node's CPU under load (decision 0122). Who may open which view is
 * Vaadin's navigation access control, checked for every view and account in {@code AccessMatrixTest}.
 */
@DatabaseTest
@Transactional
class ViewsAreMadeWithoutProxiesTest extends SpringBrowserlessTest {

    @Test
    @WithUserDetails("surrey")
    void theRegisterAndTheLayoutAreThePlainClasses() {
        UI.getCurrent().navigate("recommendations");

        assertThat(UI.getCurrent().getCurrentView().getClass().getName())
                .isEqualTo("org.oversight.recommendation.ui.RegisterView");
        assertThat(find(MainLayout.class).single().getClass()).isEqualTo(MainLayout.class);
    }
}
