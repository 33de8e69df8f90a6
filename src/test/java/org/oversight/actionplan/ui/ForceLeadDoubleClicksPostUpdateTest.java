package org.oversight.actionplan.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oversight.db.Tables.EVIDENCE;
import static org.oversight.db.Tables.PROGRESS_UPDATE;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oversight.actionplan.PlanFixtures;
import org.oversight.testsupport.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** Surrey's lead double-clicks "Post update" on an agreed plan, where updates can never be deleted. */
@DatabaseTest
@Transactional
@WithUserDetails("surrey")
class ForceLeadDoubleClicksPostUpdateTest extends SpringBrowserlessTest {

    static final String ACTION = "Train every call handler";

    @Autowired PlanFixtures fx;
    @Autowired DSLContext dsl;
    long actionId;
    Dialog dialog;
    Button post;

    @BeforeEach
    void openTheUpdateForm() {
        PlanFixtures.AcceptedPlan plan = fx.acceptedPlanOnAFreshItem("surrey", "SURREY", ACTION);
        actionId = plan.actionId();
        navigate(PlanView.class, plan.planId());
        ActionCard card = find(ActionCard.class).withCondition(c -> find(H4.class).from(c).single().getText().equals(ACTION)).single();
        test(find(Button.class).from(card).withText("Post update").single()).click();
        dialog = find(Dialog.class).single();
        post = find(Button.class).from(dialog).withText("Post update").single();
    }

    void write(String text) {
        test(find(TextArea.class).from(dialog).withLabel("What has happened").single()).setValue(text);
    }

    @Test
    void twoClicksPostOneUpdateWithOneFile() {
        write("Half the call handlers trained.");
        test(find(Upload.class).from(dialog).single()).upload("attendance.pdf", "application/pdf", PlanFixtures.smallPdf());

        test(post).click();
        // the second click of the double click, sent before the browser had disabled the button
        ComponentUtil.fireEvent(post, new ClickEvent<>(post));

        assertThat(dsl.fetchCount(PROGRESS_UPDATE, PROGRESS_UPDATE.ACTION_ID.eq(actionId))).isEqualTo(1);
        assertThat(dsl.fetchCount(EVIDENCE, EVIDENCE.FILE_NAME.eq("attendance.pdf"))).isEqualTo(1);
        assertThat(find(Dialog.class).exists()).isFalse();
    }

    @Test
    void theButtonIsDisabledOnceClickedAndStaysSoWhenTheUpdateIsPosted() {
        write("Half the call handlers trained.");

        assertThat(post.isDisableOnClick()).as("the browser disables it on the click itself").isTrue();
        test(post).click();

        assertThat(post.isEnabled()).isFalse();
        assertThat(dsl.fetchCount(PROGRESS_UPDATE, PROGRESS_UPDATE.ACTION_ID.eq(actionId))).isEqualTo(1);
    }

    @Test
    void aRefusedUpdateLeavesTheFormOpenWithTheButtonEnabledToSendAgain() {
        test(post).click();

        assertThat(find(Dialog.class).exists()).isTrue();
        assertThat(post.isEnabled()).isTrue();
        write("Half the call handlers trained.");
        test(post).click();
        assertThat(dsl.fetchCount(PROGRESS_UPDATE, PROGRESS_UPDATE.ACTION_ID.eq(actionId))).isEqualTo(1);
    }
}
