package org.oversight.actionplan.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oversight.db.Tables.EVIDENCE;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oversight.actionplan.PlanFixtures;
import org.oversight.actionplan.evidence.EvidenceChecker;
import org.oversight.testsupport.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** Devon and Cornwall's lead posts an update with evidence on the custody protocols action. */
@DatabaseTest
@Transactional
@WithUserDetails("devon")
class ForceLeadUploadsEvidenceTest extends SpringBrowserlessTest {

    static final String ACTION = "Renewed custody protocols with the local authorities";

    @Autowired PlanFixtures fx;
    @Autowired DSLContext dsl;
    Dialog dialog;

    @BeforeEach
    void openTheUpdateForm() {
        navigate(PlanView.class, fx.plan(PlanFixtures.DEVON_CUSTODY, "DEVON_CORNWALL"));
        ActionCard card = find(ActionCard.class).withCondition(c -> find(H4.class).from(c).single().getText().equals(ACTION)).single();
        test(find(Button.class).from(card).withText("Post update").single()).click();
        dialog = find(Dialog.class).single();
        test(find(TextArea.class).from(dialog).withLabel("What has happened").single())
                .setValue("Protocol signed by Plymouth and Torbay.");
    }

    @Test
    void aRealPdfIsKeptWithItsHashAndOffered() {
        byte[] pdf = PlanFixtures.smallPdf();
        test(find(IntegerField.class).from(dialog).withLabel("Progress now (%)").single()).setValue(40);

        test(find(Upload.class).from(dialog).single()).upload("signed-protocol.pdf", "application/pdf", pdf);
        assertThat(find(Span.class).from(dialog).withTextContaining("signed-protocol.pdf").exists()).isTrue();
        test(find(Button.class).from(dialog).withText("Post update").single()).click();

        assertThat(find(Dialog.class).exists()).isFalse();
        var stored = dsl.selectFrom(EVIDENCE).where(EVIDENCE.FILE_NAME.eq("signed-protocol.pdf")).fetchSingle();
        assertThat(stored.getSha256()).isEqualTo(EvidenceChecker.sha256(pdf));
        assertThat(stored.getContentType()).isEqualTo("application/pdf");
        ActionCard card = find(ActionCard.class).withCondition(c -> find(H4.class).from(c).single().getText().equals(ACTION)).single();
        find(Details.class).from(card).single().setOpened(true); // the action's history, as the reader opens it
        Anchor link = find(Anchor.class).withText("signed-protocol.pdf").single();
        assertThat(link.getHref()).isEqualTo("evidence/" + stored.getId());
        assertThat(find(Span.class).withText("40%").exists()).isTrue();
    }

    @Test
    void anExecutableRenamedPdfIsRefusedOnTheSpotAndNeverStored() {
        test(find(Upload.class).from(dialog).single()).upload("minutes.pdf", "application/pdf", PlanFixtures.windowsExecutable());

        Span error = find(Span.class).from(dialog).withClassName("form-error").single();
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).contains("minutes.pdf").contains("named as a PDF but its content is not");

        test(find(Button.class).from(dialog).withText("Post update").single()).click();
        assertThat(dsl.fetchExists(EVIDENCE, EVIDENCE.FILE_NAME.eq("minutes.pdf"))).isFalse();
    }

    @Test
    void aZipRenamedDocxIsRefused() throws Exception {
        var out = new java.io.ByteArrayOutputStream();
        try (var zip = new java.util.zip.ZipOutputStream(out)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("payload.exe"));
            zip.write(PlanFixtures.windowsExecutable());
            zip.closeEntry();
        }

        test(find(Upload.class).from(dialog).single()).upload("minutes.docx", "application/octet-stream", out.toByteArray());

        assertThat(find(Span.class).from(dialog).withClassName("form-error").single().getText())
                .contains("minutes.docx").contains("named as a Word document");
        assertThat(find(Span.class).from(dialog).withTextContaining("minutes.docx (").exists()).as("not in the list to post").isFalse();
    }
}
