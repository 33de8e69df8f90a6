package org.oversight.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oversight.db.Tables.ACTION;
import static org.oversight.db.Tables.ACTION_PLAN;
import static org.oversight.db.Tables.ORGANISATION;
import static org.oversight.db.Tables.PROGRESS_UPDATE;
import static org.oversight.db.Tables.RECOMMENDATION;
import static org.oversight.db.Tables.TRACKED_RECOMMENDATION;

import com.microsoft.playwright.Locator;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Record2;
import org.jooq.impl.DSL;
import org.oversight.actionplan.ActionStatus;
import org.oversight.actionplan.PlanStatus;
import org.oversight.recommendation.Status;
import org.oversight.testsupport.OwnDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 20, "never lose work", in a real browser: a force lead types an update in the "Post update" dialog, and the
 * session ends before it is posted (here the browser loses its session cookie, which is what the person sees when
 * the server's session expired). Leaving the page asks first; after signing in again and opening the same dialog,
 * the text is back, marked as not saved yet; nothing was stored meanwhile. Cancelling forgets it. It saves nothing,
 * so it shares the looking journeys' application.
 */
@OwnDatabase(sharedBy = BrowserJourney.ONLY_LOOKING)
class TypedTextSurvivesAnEndedSessionTest extends BrowserJourney {

    private static final String TYPED = "Refresher training for call handlers booked for January; the first of three sessions is full.";
    private static final String NOT_SAVED_YET = "You typed this earlier and it is not saved yet.";

    @Autowired
    DSLContext dsl;

    @Test
    void anUpdateTypedBeforeTheSessionEndedIsThereAfterSigningInAgain() {
        // an action of a Surrey plan that still has an item open: a plan whose items are all closed is read-only
        Record2<Long, String> action = dsl.select(ACTION.PLAN_ID, ACTION.TITLE).from(ACTION)
                .join(ACTION_PLAN).on(ACTION_PLAN.ID.eq(ACTION.PLAN_ID))
                .join(ORGANISATION).on(ORGANISATION.ID.eq(ACTION_PLAN.ORGANISATION_ID))
                .where(ORGANISATION.NAME.eq("Surrey Police")).and(ACTION_PLAN.STATUS.eq(PlanStatus.ACCEPTED))
                .and(ACTION.STATUS.ne(ActionStatus.CANCELLED))
                .andExists(DSL.selectOne().from(TRACKED_RECOMMENDATION).join(RECOMMENDATION)
                        .on(RECOMMENDATION.ID.eq(TRACKED_RECOMMENDATION.RECOMMENDATION_ID))
                        .where(RECOMMENDATION.REPORT_ID.eq(ACTION_PLAN.REPORT_ID))
                        .and(TRACKED_RECOMMENDATION.RECIPIENT_ID.eq(ACTION_PLAN.ORGANISATION_ID))
                        .and(TRACKED_RECOMMENDATION.STATUS.notIn(Status.CLOSED)))
                .orderBy(ACTION.ID).limit(1).fetchSingle();
        String planPage = "/plans/" + action.value1();
        Screens screens = new Screens(page);

        openAs("surrey", planPage);
        waitForText(action.value2());
        screenshot("plan");
        Locator dialog = openTheUpdateDialog(screens, action.value2());
        screens.fill(dialog, "What has happened", TYPED);
        page.waitForTimeout(600); // the field tells the server after a pause in typing, as a person's would
        settle();
        screenshot("update-typed");

        List<String> asked = new ArrayList<>();
        page.onDialog(d -> {
            asked.add(d.type());
            d.accept();
        });
        page.context().clearCookies();   // the session has ended, as far as this browser can tell
        open(planPage);
        assertThat(asked).as("leaving with typed text asks first").contains("beforeunload");
        assertThat(page.url()).contains("/login");
        signIn("surrey");
        open(planPage);

        Locator again = openTheUpdateDialog(screens, action.value2());
        Locator body = again.getByLabel("What has happened");
        assertThat(body.inputValue()).isEqualTo(TYPED);
        assertThat(again.innerText()).contains(NOT_SAVED_YET);
        screenshot("update-restored");
        assertThat(dsl.fetchCount(PROGRESS_UPDATE, PROGRESS_UPDATE.BODY.eq(TYPED))).as("nothing was posted").isZero();

        screens.confirm(again, "Cancel");
        Locator afterCancel = openTheUpdateDialog(screens, action.value2());
        settle();
        assertThat(afterCancel.getByLabel("What has happened").inputValue()).as("cancelling forgets the draft").isEmpty();
        assertThat(afterCancel.innerText()).doesNotContain(NOT_SAVED_YET);
    }

    private Locator openTheUpdateDialog(Screens screens, String actionTitle) {
        Locator card = page.locator(".action-card").filter(new Locator.FilterOptions().setHasText(actionTitle)).first();
        Screens.button(card, "Post update").click();
        Locator dialog = screens.dialog("Update on “" + actionTitle + "”");
        dialog.getByLabel("What has happened").waitFor();
        settle();
        return dialog;
    }
}
