package org.oversight.actionplan.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oversight.db.Tables.PROGRESS_UPDATE;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oversight.actionplan.PlanFixtures;
import org.oversight.testsupport.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * What a browser lets through or only colours red: a progress too big for a whole number, and a date that does not
 * exist. The form says why and posts nothing.
 */
@DatabaseTest
@Transactional
@WithUserDetails("devon")
class ForceLeadTypesImpossibleValuesTest extends SpringBrowserlessTest {

    @Autowired PlanFixtures fx;
    @Autowired DSLContext dsl;
    Dialog dialog;
    long action;

    @BeforeEach
    void openTheUpdateForm() {
        navigate(PlanView.class, fx.plan(PlanFixtures.DEVON_CUSTODY, "DEVON_CORNWALL"));
        action = fx.action(fx.plan(PlanFixtures.DEVON_CUSTODY, "DEVON_CORNWALL"), ForceLeadUploadsEvidenceTest.ACTION);
        ActionCard card = find(ActionCard.class)
                .withCondition(c -> find(H4.class).from(c).single().getText().equals(ForceLeadUploadsEvidenceTest.ACTION)).single();
        test(find(Button.class).from(card).withText("Post update").single()).click();
        dialog = find(Dialog.class).single();
        test(find(TextArea.class).from(dialog).withLabel("What has happened").single()).setValue("Protocols renewed.");
    }

    @Test
    void aProgressTooBigForAWholeNumberIsRefusedWithAMessageAndNothingIsPosted() {
        IntegerField progress = find(IntegerField.class).from(dialog).withLabel("Progress now (%)").single();
        int updates = dsl.fetchCount(PROGRESS_UPDATE, PROGRESS_UPDATE.ACTION_ID.eq(action));

        progress.getElement().setProperty("value", "2147483648"); // as the browser sends it
        test(find(Button.class).from(dialog).withText("Post update").single()).click();

        assertThat(find(Dialog.class).exists()).as("the form stays open").isTrue();
        assertThat(progress.isInvalid()).isTrue();
        assertThat(progress.getErrorMessage()).isEqualTo("Progress must be a whole number from 0 to 100.");
        assertThat(dsl.fetchCount(PROGRESS_UPDATE, PROGRESS_UPDATE.ACTION_ID.eq(action))).isEqualTo(updates);
    }

    @Test
    void aDateThatDoesNotExistTurnsRedWithAMessageAndNothingIsPosted() {
        DatePicker expires = find(DatePicker.class).from(dialog).withLabel("Valid until (optional)").single();
        int updates = dsl.fetchCount(PROGRESS_UPDATE, PROGRESS_UPDATE.ACTION_ID.eq(action));

        typeUnparsable(expires.getElement(), "31/02/2026");
        test(find(Button.class).from(dialog).withText("Post update").single()).click();

        assertThat(expires.isInvalid()).isTrue();
        assertThat(expires.getErrorMessage()).isEqualTo("Valid until must be a real date, for example 27/3/2027.");
        assertThat(find(Dialog.class).exists()).as("the form stays open").isTrue();
        assertThat(dsl.fetchCount(PROGRESS_UPDATE, PROGRESS_UPDATE.ACTION_ID.eq(action))).isEqualTo(updates);
    }

    /** What the date picker's web component does when its text cannot be read as a date. */
    private static void typeUnparsable(Element picker, String text) {
        picker.setProperty("_inputElementValue", text);
        picker.getNode().getFeature(ElementListenerMap.class)
                .fireEvent(new DomEvent(picker, "unparsable-change", JsonNodeFactory.instance.objectNode()));
    }
}
