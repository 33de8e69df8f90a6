package org.oversight.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oversight.db.Tables.USER_LANGUAGE;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.oversight.actionplan.ActionInput;
import org.oversight.actionplan.ActionPlanService;
import org.oversight.actionplan.ActionService;
import org.oversight.base.SubmissionKey;
import org.oversight.base.i18n.Language;
import org.oversight.recommendation.FreshItems;
import org.oversight.security.SavedLanguages;
import org.oversight.testsupport.DatabaseTest;
import org.oversight.testsupport.OwnDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Each handoff mail is written in its reader's saved language (decisions 0090, 0096), whoever made the decision:
 * a watchdog reader who chose Welsh gets the subject, the plain text and the HTML in Welsh; a force reader who never
 * chose gets the English mail as before.
 */
@DatabaseTest
@OwnDatabase
class MailsAreInTheirReadersLanguageTest extends HandoffMailSupport {

    @Autowired ActionPlanService plans;
    @Autowired ActionService actions;
    @Autowired FreshItems fresh;
    @Autowired SavedLanguages languages;

    @AfterEach
    void forgetLanguages() {
        SecurityContextHolder.clearContext();
        dsl.deleteFrom(USER_LANGUAGE).execute();
    }

    @Test
    void aWelshReaderGetsWelshAndAnEnglishReaderEnglish() {
        fx.signIn("hmicfrs");
        languages.chooseForMe(Language.WELSH);
        long item = fresh.itemFor("DEVON_CORNWALL");
        String ref = reference(item);
        long reportId = fx.report(ref);
        fx.signIn("devon");
        long planId = plans.startPlan(reportId);
        actions.addAction(planId, new ActionInput("Audit custody records", null, "Head of Custody",
                LocalDate.now().plusMonths(2), 0, null, Set.of(item)), SubmissionKey.fresh());
        plans.saveSummary(planId, "An audit of every custody record.", fx.planVersion(planId));

        plans.submit(planId, fx.planVersion(planId));
        assertThat(newMail()).singleElement().satisfies(m -> {
            assertThat(m.to()).isEqualTo(HMICFRS);
            assertThat(m.subject()).isEqualTo("Cynllun gweithredu i benderfynu arno: " + ref + ", Devon and Cornwall Police");
            assertThat(m.text()).startsWith("Annwyl ")
                    .contains("wedi cyflwyno cynllun gweithredu Devon and Cornwall Police ar gyfer " + ref)
                    .contains("Darllenwch y cynllun a'i dderbyn")
                    .contains("Agor y cynllun gweithredu: " + BASE + "/plans/" + planId)
                    .contains("Dewiswch beth rydych chi'n ei gael a phryd: ")
                    .doesNotContain("Dear ").doesNotContain("[notification");
            assertThat(m.html()).contains("lang=\"cy\"").contains("Mae cynllun gweithredu yn aros am eich penderfyniad</h1>")
                    .contains("eich gosodiadau hysbysiadau").doesNotContain("Dear ");
        });

        fx.signIn("hmicfrs");
        plans.returnPlan(planId, "Say who audits the records.", fx.planVersion(planId));
        assertThat(newMail()).singleElement().satisfies(m -> {
            assertThat(m.to()).isEqualTo(DEVON);
            assertThat(m.subject()).as("the force lead never chose Welsh: the decider's Welsh does not carry over")
                    .isEqualTo("Action plan returned, changes needed: " + ref + ", Devon and Cornwall Police");
            assertThat(m.text()).startsWith("Dear ").contains("What must change:\nSay who audits the records.")
                    .contains("returned the action plan of Devon and Cornwall Police for " + ref);
            assertThat(m.html()).contains("lang=\"en\"").doesNotContain("Annwyl");
        });
    }
}
