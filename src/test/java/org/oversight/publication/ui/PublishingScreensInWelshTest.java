package org.oversight.publication.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oversight.db.Tables.PUBLICATION_DECISION;
import static org.oversight.db.Tables.REDACTION;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Clock;
import java.time.LocalDate;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oversight.base.Formats;
import org.oversight.base.i18n.Language;
import org.oversight.base.i18n.Messages;
import org.oversight.deadline.internal.ClockSync;
import org.oversight.testsupport.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/**
 * IOPC staff who read Welsh decide what is published: the menu entry, the page, its fields, a rule message and a
 * date read in Welsh, and what they do is saved as in English.
 */
@DatabaseTest
@Transactional
class PublishingScreensInWelshTest extends SpringBrowserlessTest {

    @Autowired DSLContext dsl;
    @Autowired ClockSync sync;
    @Autowired Clock clock;

    long reportId;
    long item;

    @BeforeEach
    void aFreshIopcReportReadInWelsh() {
        AnIopcReport fresh = AnIopcReport.make(dsl, sync, clock);
        reportId = fresh.reportId();
        item = fresh.item();
        UI.getCurrent().setLocale(Language.WELSH.locale());
    }

    @Test
    @WithUserDetails("iopc")
    void theListAndItsMenuEntryAreWelsh() {
        navigate(PublishingListView.class);
        assertThat(find(H1.class).single().getText()).isEqualTo("Cyhoeddi");
        assertThat(Messages.t(Language.WELSH, "publication.staff.menu")).isEqualTo("Cyhoeddi");
        assertThat(PublishingListView.class.getAnnotation(com.vaadin.flow.router.Menu.class).title())
                .as("the menu entry is a key the layout translates").isEqualTo("publication.staff.menu");
        assertThat(find(Span.class).withText("Heb ei gyhoeddi").exists()).isTrue();
    }

    @Test
    @WithUserDetails("iopc")
    void aPassageAndAnItemAreWithheldInWelshWithWelshMessagesAndDates() {
        navigate("publishing/" + reportId, ReportPublishingView.class);
        assertThat(find(com.vaadin.flow.component.html.Paragraph.class)
                .withText("Yn y gofrestr gyhoeddus: Heb ei gyhoeddi").exists()).isTrue();

        TextArea passage = find(TextArea.class).withLabel("Darn i'w atal").first();
        @SuppressWarnings("unchecked")
        Select<Object> ground = find(Select.class).withLabel("Rheswm").first();
        test(passage).setValue("geiriau nad ydynt yno");
        test(ground).selectItem("data personol");
        test(find(Button.class).withText("Atal y darn").first()).click();
        assertThat(passage.getErrorMessage())
                .isEqualTo("Nid yw'r geiriau hyn yn y testun. Copïwch nhw yn union fel y maent yn ymddangos.");
        assertThat(dsl.fetchCount(REDACTION, REDACTION.PASSAGE.eq("geiriau nad ydynt yno"))).isZero();

        var untilFields = find(DatePicker.class).withLabel("Atal tan (dewisol)").all();
        @SuppressWarnings("unchecked")
        Select<Object> itemGround = find(Select.class).withLabel("Rheswm").all().get(1);
        LocalDate until = LocalDate.now(clock).plusDays(14);
        test(itemGround).selectItem("diogelwch person");
        test(untilFields.get(1)).setValue(until);
        test(find(Button.class).withCondition(b -> b.getText().startsWith("Atal ar gyfer ")).single()).click();

        assertThat(dsl.fetchValue(PUBLICATION_DECISION.WITHHELD_UNTIL, PUBLICATION_DECISION.SUBJECT_KIND.eq("ITEM")
                .and(PUBLICATION_DECISION.SUBJECT_ID.eq(item)))).isEqualTo(until);
        String welshDate = Language.WELSH.speak(() -> Formats.longDate(until));
        assertThat(welshDate).isNotEqualTo(Language.ENGLISH.speak(() -> Formats.longDate(until)));
        assertThat(find(Span.class).withCondition(s -> s.getText().contains("wedi'i atal (diogelwch person")
                && s.getText().endsWith("tan " + welshDate)).exists()).isTrue();
    }
}
