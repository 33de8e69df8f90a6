package org.oversight.notification.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.tabs.TabSheet;
import java.time.Clock;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.oversight.notification.OutboxService.OutboxMail;
import org.oversight.notification.OutgoingMail;
import org.oversight.notification.internal.OutboxMailDelivery;
import org.oversight.testsupport.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

@DatabaseTest
@Transactional
@WithUserDetails("admin")
class AdministratorReadsBothPartsOfAnOutboxMailTest extends SpringBrowserlessTest {

    @Autowired DSLContext dsl;
    @Autowired Clock clock;

    @Test
    void theHtmlPartIsShownInASandboxBesideThePlainText() {
        new OutboxMailDelivery(dsl, clock).send(new OutgoingMail("lead@example.invalid", "Zz outbox parts check",
                "Plain words for the reader.", "<p>Rich <strong>words</strong></p><script>alert(1)</script>"));

        navigate(OutboxView.class);
        @SuppressWarnings("unchecked")
        Grid<OutboxMail> grid = find(Grid.class).single();
        OutboxMail newest = test(grid).getRow(0);
        assertThat(newest.subject()).isEqualTo("Zz outbox parts check");

        // what the row's details show when the administrator opens it
        TabSheet parts = (TabSheet) OutboxView.parts(newest);
        assertThat(parts.getTabAt(0).getLabel()).isEqualTo("HTML");
        assertThat(parts.getTabAt(1).getLabel()).isEqualTo("Plain text");
        IFrame html = (IFrame) parts.getComponent(parts.getTabAt(0));
        assertThat(html.getSrcdoc()).hasValueSatisfying(d -> assertThat(d).contains("<strong>words</strong>"));
        assertThat(html.getElement().getAttribute("sandbox")).as("no scripts, no same origin").isEmpty();
        Pre text = (Pre) parts.getComponent(parts.getTabAt(1));
        assertThat(text.getText()).isEqualTo("Plain words for the reader.");
    }

    @Test
    void aMailWithoutHtmlShowsItsTextAlone() {
        new OutboxMailDelivery(dsl, clock).send(new OutgoingMail("lead@example.invalid", "Zz text only", "Only text."));

        navigate(OutboxView.class);
        @SuppressWarnings("unchecked")
        Grid<OutboxMail> grid = find(Grid.class).single();
        OutboxMail newest = test(grid).getRow(0);
        assertThat(newest.html()).isNull();
        assertThat(OutboxView.parts(newest)).isInstanceOfSatisfying(Pre.class, p -> assertThat(p.getText()).isEqualTo("Only text."));
    }
}
