package org.oversight.actionplan.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oversight.db.Tables.PROGRESS_UPDATE;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.oversight.actionplan.NewUpdate;
import org.oversight.actionplan.PlanFixtures;
import org.oversight.actionplan.ProgressService;
import org.oversight.base.Formats;
import org.oversight.base.SubmissionKey;
import org.oversight.base.i18n.Language;
import org.oversight.base.ui.ErrorSummary;
import org.oversight.testsupport.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/**
 * A Welsh-speaking force lead opens an accepted plan: headings, counts (with Welsh plural forms), dates and the
 * service's rule messages read in Welsh, and the update form's error summary says what is wrong in Welsh.
 */
@DatabaseTest
@Transactional
@WithUserDetails("surrey")
class ActionPlanInWelshTest extends SpringBrowserlessTest {

    @Autowired PlanFixtures fx;
    @Autowired ProgressService progress;
    @Autowired DSLContext dsl;
    @Autowired Clock clock;

    @Test
    void anAcceptedPlanReadsInWelshAndItsUpdateFormRefusesInWelsh() {
        var plan = fx.acceptedPlanOnAFreshItem("surrey", "SURREY", "Hyfforddi trinwyr galwadau");
        for (String body : List.of("Sesiwn gyntaf wedi'i chynnal.", "Ail sesiwn wedi'i chynnal.")) {
            progress.postActionUpdate(plan.actionId(), new NewUpdate(body, 20, null, null, List.of()), SubmissionKey.fresh());
        }
        UI.getCurrent().setLocale(Language.WELSH.locale());

        navigate(PlanView.class, plan.planId());

        assertThat(find(H1.class).single().getText()).as("the report's own title").isNotBlank();
        assertThat(find(Span.class).withCondition(s -> s.getText().startsWith("Cynllun gweithredu ")).exists())
                .as("the eyebrow in Welsh").isTrue();
        assertThat(find(Span.class).withCondition(s -> s.getText().startsWith("Derbyniwyd gan ")).exists())
                .as("the decision callout in Welsh").isTrue();
        assertThat(find(Details.class).all()).extracting(Details::getSummaryText)
                .as("a Welsh plural: two updates").contains("Hanes: 2 ddiweddariad");
        String due = Language.WELSH.speak(() -> Formats.date(LocalDate.now(clock).plusMonths(3)));
        assertThat(find(Span.class).withText(due).exists()).as("the due date in Welsh: " + due).isTrue();

        ActionCard card = find(ActionCard.class).single();
        test(find(Button.class).from(card).withText("Postio'r diweddariad").single()).click();
        Dialog dialog = find(Dialog.class).single();
        int updates = dsl.fetchCount(PROGRESS_UPDATE, PROGRESS_UPDATE.ACTION_ID.eq(plan.actionId()));
        test(find(Button.class).from(dialog).withText("Postio'r diweddariad").single()).click();

        TextArea body = find(TextArea.class).from(dialog).withLabel("Beth sydd wedi digwydd").single();
        String rule = "Dywedwch beth sydd wedi digwydd: mae'r diweddariad yn cael ei gadw gyda'i ddyddiad.";
        assertThat(body.getErrorMessage()).isEqualTo(rule);
        assertThat(find(ErrorSummary.class).from(dialog).single().messages()).containsExactly(rule);
        assertThat(dsl.fetchCount(PROGRESS_UPDATE, PROGRESS_UPDATE.ACTION_ID.eq(plan.actionId()))).isEqualTo(updates);
    }
}
