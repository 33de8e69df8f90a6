package org.oversight.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oversight.db.Tables.AUDIT_EVENT;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oversight.audit.AuditLog;
import org.oversight.testsupport.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

@DatabaseTest
@Transactional
@WithUserDetails("admin")
class AuditorUsesTheAuditTrailViewTest extends SpringBrowserlessTest {

    @Autowired AuditLog audit;
    @Autowired DSLContext dsl;
    @Autowired Clock clock;

    long tracked;

    @BeforeEach
    void events() {
        audit.record("STATUS_CHANGE", "tracked_recommendation", 9401L, Map.of("status", "OPEN"),
                Map.of("status", "PLAN_AWAITED", "dueOn", "2027-03-31"));
        tracked = dsl.select(AUDIT_EVENT.ID).from(AUDIT_EVENT).where(AUDIT_EVENT.ENTITY_ID.eq(9401L)).fetchSingle().value1();
    }

    @Test
    void verifyingAnIntactChainSaysSo() {
        navigate(AuditTrailView.class);

        test(find(Button.class).withText("Verify chain").single()).click();

        assertThat(verification().getText()).startsWith("The audit trail is intact");
        assertThat(verification().getClassNames()).contains("intact");
    }

    @Test
    void verifyingATamperedChainNamesTheEvent() {
        dsl.update(AUDIT_EVENT).set(AUDIT_EVENT.AFTER_JSON, "{\"status\":\"VERIFIED_IMPLEMENTED\"}").where(AUDIT_EVENT.ID.eq(tracked)).execute();
        navigate(AuditTrailView.class);

        test(find(Button.class).withText("Verify chain").single()).click();

        assertThat(verification().getText()).contains("broken at event " + tracked);
        assertThat(verification().getClassNames()).contains("broken");
    }

    @Test
    void filteringByEntityShowsItsEventsAndKeepsTheFilterInTheLink() {
        open(Map.of("type", "tracked_recommendation", "id", "9401"));

        @SuppressWarnings("unchecked")
        Grid<Object> grid = find(Grid.class).single();
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getCellText(0, 2)).as("plain words, not the code").isEqualTo("Status changed");
        assertThat(test(grid).getCellComponent(0, 3)).isInstanceOfSatisfying(Anchor.class, a -> {
            assertThat(a.getText()).isEqualTo("Recommendation to a recipient 9401");
            assertThat(a.getHref()).isEqualTo("recommendations/9401");
        });
        assertThat(test(grid).getCellText(0, 4)).isEqualTo("Due on: — → 31 Mar 2027; Status: Open → Action plan due");
        assertThat(find(TextField.class).withCaption("Entity number").single().getValue()).isEqualTo("9401");
    }

    @Test
    void aWordWhereTheEntityNumberBelongsIsRefusedOnTheField() {
        navigate(AuditTrailView.class);
        TextField number = find(TextField.class).withCaption("Entity number").single();

        test(number).setValue("forty-two");

        assertThat(number.isInvalid()).isTrue();
        assertThat(number.getErrorMessage()).contains("number");
    }

    @Test
    void aPeriodEndingBeforeItStartsIsRefusedOnTheEndDate() {
        navigate(AuditTrailView.class);
        LocalDate today = LocalDate.now(clock);

        test(find(DatePicker.class).withCaption("From").single()).setValue(today);
        test(find(DatePicker.class).withCaption("To").single()).setValue(today.minusDays(7));

        DatePicker to = find(DatePicker.class).withCaption("To").single();
        assertThat(to.isInvalid()).isTrue();
        assertThat(to.getErrorMessage()).contains("ends before it starts");
    }

    @Test
    void anUnreadableDateInTheLinkIsIgnoredWithAMessage() {
        open(Map.of("from", "31-02-2025", "type", "tracked_recommendation"));

        assertThat(find(DatePicker.class).withCaption("From").single().getValue()).isNull();
        assertThat(find(Notification.class).all()).extracting(n -> test(n).getText())
                .anySatisfy(text -> assertThat(text).contains("\"from\" date").contains("ignored"));
    }

    @Test
    void anExtremeDateInTheLinkShowsThePageWithANoticeInsteadOfAnError() {
        open(Map.of("to", "+999999999-12-31", "type", "tracked_recommendation", "id", "9401"));

        assertThat(getCurrentView()).isInstanceOf(AuditTrailView.class);
        assertThat(find(DatePicker.class).withCaption("To").single().getValue()).isNull();
        assertThat(find(Notification.class).all()).extracting(n -> test(n).getText())
                .anySatisfy(text -> assertThat(text).contains("\"to\" date").contains("ignored"));
        @SuppressWarnings("unchecked")
        Grid<Object> grid = find(Grid.class).single();
        assertThat(test(grid).size()).isEqualTo(1);
    }

    @Test
    void exportingGivesTheFilteredEventsAsCsv() {
        open(Map.of("type", "tracked_recommendation", "id", "9401"));
        ByteArrayOutputStream csv = new ByteArrayOutputStream();

        test(find(Anchor.class).withClassName("export-csv").single()).download(csv);

        String text = csv.toString(StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFid,occurred_at_utc,user,action,entity_type,entity_id,before,after,correlation_id,hash");
        assertThat(text.lines()).hasSize(2);
        assertThat(text).contains(",STATUS_CHANGE,").as("the code kept, the words beside it")
                .contains(",Status changed,Due on: — → 31 Mar 2027; Status: Open → Action plan due");
    }

    @Test
    @WithUserDetails("surrey")
    void aForceLeadCannotOpenTheAuditTrail() {
        try {
            navigate(AuditTrailView.class);
        } catch (IllegalArgumentException | IllegalStateException expected) {
            // the navigation guard (or, behind it, the service) keeps the view from opening
        }

        assertThat(getCurrentView()).isNotInstanceOf(AuditTrailView.class);
        assertThat(find(Grid.class).all()).isEmpty();
    }

    /** Opens the view from a link with these query parameters, as from a bookmark or an e-mail. */
    private void open(Map<String, String> query) {
        UI.getCurrent().navigate(AuditTrailView.class, QueryParameters.simple(query));
    }

    private Div verification() {
        return find(Div.class).withClassName("audit-verification").single();
    }
}
