package org.oversight.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.oversight.base.ui.ItemPage;
import org.oversight.testsupport.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every page whose address holds a parameter (an item's number) has its feature's {@link ItemPage}, so that a typed
 * address's first load answers 404 for an item the person cannot see ({@link FirstLoadStatus}); a new page with an
 * id and no {@code ItemPage} would answer 200 there, and fails here.
 */
@DatabaseTest
class ItemPagesCoverEveryRouteWithAnIdTest extends SpringBrowserlessTest {

    @Autowired List<ItemPage> itemPages;

    @Test
    void everyRouteWithAParameterHasAnItemPage() {
        List<RouteData> withId = RouteConfiguration.forApplicationScope().getAvailableRoutes().stream()
                .filter(r -> r.getTemplate().contains(":")).toList();

        assertThat(withId).extracting(RouteData::getTemplate).as("the routes with an id").hasSize(7);
        assertThat(itemPages).extracting(ItemPage::view)
                .containsExactlyInAnyOrderElementsOf(withId.stream().map(RouteData::getNavigationTarget).toList());
    }
}
