package org.oversight.notification.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oversight.db.Tables.HANDOFF;
import static org.oversight.db.Tables.HANDOFF_WORDING;
import static org.oversight.db.Tables.INBOX_ENTRY;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import java.time.OffsetDateTime;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.oversight.actionplan.ActionPlanService;
import org.oversight.actionplan.PlanFixtures;
import org.oversight.base.i18n.Language;
import org.oversight.notification.InboxService;
import org.oversight.testsupport.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/**
 * An inbox line is written once and read by each person in their own language: Welsh to a Welsh reader, English to
 * an English one, whatever language the deciding person used; lines written before this keep their English words.
 */
@DatabaseTest
@Transactional
class InboxLinesReadInTheReadersLanguageTest extends SpringBrowserlessTest {

    @Autowired PlanFixtures fx;
    @Autowired ActionPlanService plans;
    @Autowired InboxService inbox;
    @Autowired DSLContext dsl;

    @Test
    @WithUserDetails("surrey")
    void aReturnedPlanReadsInWelshToAWelshReaderAndInEnglishToAnEnglishOne() {
        long planId = fx.plan(PlanFixtures.SURREY_CONTACT_MANAGEMENT, "SURREY");
        int unreadBefore = inbox.unreadCount();
        fx.signIn("hmicfrs");
        UI.getCurrent().setLocale(Language.WELSH.locale()); // the watchdog decides on a Welsh screen
        plans.returnPlan(planId, "Name an owner for each action.", fx.planVersion(planId));
        fx.signIn("surrey");
        assertThat(inbox.unreadCount()).as("one new unread line, as before").isEqualTo(unreadBefore + 1);
        assertThat(dsl.fetchCount(HANDOFF_WORDING)).as("the words kept once for the decision")
                .isEqualTo(dsl.fetchCount(HANDOFF));

        navigate(InboxView.class);
        assertThat(line("Mae eich cynllun gweithredu wedi'i ddychwelyd: cynllun gweithredu Surrey Police ar gyfer "
                + PlanFixtures.SURREY_CONTACT_MANAGEMENT)).isTrue();
        assertThat(text()).contains("Name an owner for each action.").as("the watchdog's own words as typed")
                .doesNotContain("Your action plan is returned");

        UI.getCurrent().setLocale(Language.ENGLISH.locale());
        navigate(InboxView.class);
        assertThat(line("Your action plan is returned: the action plan of Surrey Police for "
                + PlanFixtures.SURREY_CONTACT_MANAGEMENT)).isTrue();
        assertThat(inbox.unreadCount()).as("reading in another language changes no count").isEqualTo(unreadBefore + 1);
        assertThat(dsl.select(HANDOFF.TITLE).from(HANDOFF).orderBy(HANDOFF.ID.desc()).limit(1).fetchSingle().value1())
                .as("the stored fallback is English, whoever decided").startsWith("Your action plan is returned: ");
    }

    @Test
    @WithUserDetails("hmicfrs")
    void whatAResubmittedPlanChangedReadsInTheWatchdogsLanguage() {
        fx.resubmittedContactManagementPlan();

        UI.getCurrent().setLocale(Language.WELSH.locale());
        navigate(InboxView.class);
        assertThat(line("Mae cynllun gweithredu wedi'i gyflwyno: cynllun gweithredu Surrey Police")).isTrue();
        assertThat(text()).contains("Wedi newid ers iddo gael ei ddychwelyd: y crynodeb, 1 cam gweithredu wedi'u "
                + "hychwanegu, 1 cam gweithredu wedi'u tynnu, 1 cam gweithredu wedi'u newid.");

        UI.getCurrent().setLocale(Language.ENGLISH.locale());
        navigate(InboxView.class);
        assertThat(text()).contains("Changed since it was returned: the summary, 1 action added, 1 action removed, "
                + "1 action changed.");
    }

    @Test
    @WithUserDetails("surrey")
    void aLineWrittenBeforeKeepsItsEnglishWords() {
        long handoffId = dsl.insertInto(HANDOFF).set(HANDOFF.KIND, "PLAN_CHASED").set(HANDOFF.PATH, "/plans/1")
                .set(HANDOFF.TITLE, "The watchdog asks for your action plan: an older line")
                .set(HANDOFF.NOTE, "Written before lines were kept as keys.")
                .set(HANDOFF.OCCURRED_AT, OffsetDateTime.now()).returning(HANDOFF.ID).fetchSingle(HANDOFF.ID);
        dsl.insertInto(INBOX_ENTRY).set(INBOX_ENTRY.HANDOFF_ID, handoffId).set(INBOX_ENTRY.USER_ID, fx.userId("surrey"))
                .set(INBOX_ENTRY.NEEDS_ACTION, true).execute();

        UI.getCurrent().setLocale(Language.WELSH.locale());
        navigate(InboxView.class);
        assertThat(line("The watchdog asks for your action plan: an older line")).isTrue();
        assertThat(text()).contains("Written before lines were kept as keys.");
    }

    private boolean line(String start) {
        return find(Anchor.class).withCondition(a -> a.getText().startsWith(start) && a.getHref().startsWith("inbox/open/"))
                .exists();
    }

    private String text() {
        return getCurrentView().getElement().getTextRecursively();
    }
}
