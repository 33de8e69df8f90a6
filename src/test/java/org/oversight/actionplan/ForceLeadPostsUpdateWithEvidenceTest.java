package org.oversight.actionplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.oversight.db.Tables.AUDIT_EVENT;
import static org.oversight.db.Tables.EVIDENCE;
import static org.oversight.db.Tables.EVIDENCE_FILE;
import static org.oversight.db.Tables.PROGRESS_UPDATE;

import java.time.LocalDate;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.oversight.actionplan.evidence.EvidenceChecker;
import org.oversight.base.InvalidInputException;
import org.oversight.base.SubmissionKey;
import org.oversight.recommendation.Status;
import org.oversight.testsupport.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

@DatabaseTest
@Transactional
@WithUserDetails("devon")
class ForceLeadPostsUpdateWithEvidenceTest {

    @Autowired ProgressService progress;
    @Autowired PlanFixtures fx;
    @Autowired DSLContext dsl;

    long protocols() {
        return fx.action(fx.plan(PlanFixtures.DEVON_CUSTODY, "DEVON_CORNWALL"), "Renewed custody protocols with the local authorities");
    }

    @Test
    void aFileOverTheLimitReadAsAStreamIsRefusedAndNothingIsWritten() {
        long actionId = protocols();
        int evidenceBefore = dsl.fetchCount(EVIDENCE);
        int updatesBefore = dsl.fetchCount(PROGRESS_UPDATE);
        long size = 25L * 1024 * 1024;
        EvidenceUpload big = new EvidenceUpload("board-pack.pdf", size, () -> new java.io.SequenceInputStream(
                new java.io.ByteArrayInputStream(PlanFixtures.smallPdf()), java.io.InputStream.nullInputStream()));

        assertThatThrownBy(() -> progress.postActionUpdate(actionId, new NewUpdate("Board pack attached.", null,
                LocalDate.now().minusDays(1), null, List.of(big)), SubmissionKey.fresh()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldMessages().get("files"))
                        .isEqualTo("“board-pack.pdf” is larger than the limit of 20 MB: choose a smaller file, or split it."));
        assertThat(dsl.fetchCount(EVIDENCE)).isEqualTo(evidenceBefore);
        assertThat(dsl.fetchCount(PROGRESS_UPDATE)).isEqualTo(updatesBefore);
    }

    @Test
    void anUpdateKeepsItsEvidenceWithTheEvidenceDateAndSha256() {
        long actionId = protocols();
        byte[] pdf = PlanFixtures.smallPdf();
        LocalDate meeting = LocalDate.now().minusDays(12);

        long updateId = progress.postActionUpdate(actionId, new NewUpdate("Protocol agreed with two of the four local authorities.",
                40, meeting, null, List.of(new EvidenceUpload("signed-protocol.pdf", pdf))), SubmissionKey.fresh());

        var update = dsl.selectFrom(PROGRESS_UPDATE).where(PROGRESS_UPDATE.ID.eq(updateId)).fetchSingle();
        assertThat(update.getActionId()).isEqualTo(actionId);
        assertThat(update.getProgress()).isEqualTo(40);
        var file = dsl.selectFrom(EVIDENCE).where(EVIDENCE.UPDATE_ID.eq(updateId)).fetchSingle();
        assertThat(file.getEvidenceDate()).as("when it happened").isEqualTo(meeting);
        assertThat(file.getUploadedAt().toLocalDate()).as("when it was uploaded").isAfter(meeting);
        assertThat(file.getSha256()).isEqualTo(EvidenceChecker.sha256(pdf));
        assertThat(file.getSizeBytes()).isEqualTo(pdf.length);
        assertThat(file.getContentType()).isEqualTo("application/pdf");
        assertThat(dsl.select(EVIDENCE_FILE.CONTENT).from(EVIDENCE_FILE).where(EVIDENCE_FILE.EVIDENCE_ID.eq(file.getId()))
                .fetchSingle().value1()).isEqualTo(pdf);
        assertThat(fx.actionRow(actionId).getProgress()).isEqualTo(40);
        assertThat(dsl.fetchExists(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("EVIDENCE_UPLOADED").and(AUDIT_EVENT.ENTITY_ID.eq(file.getId())))).isTrue();
        assertThat(dsl.fetchExists(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("UPDATE_POSTED").and(AUDIT_EVENT.ENTITY_ID.eq(updateId)))).isTrue();
    }

    @Test
    void oneBadFileRefusesTheWholeUpdateAndNothingIsWritten() {
        long actionId = protocols();
        int updatesBefore = dsl.fetchCount(PROGRESS_UPDATE, PROGRESS_UPDATE.ACTION_ID.eq(actionId));
        int progressBefore = fx.actionRow(actionId).getProgress();

        assertThatThrownBy(() -> progress.postActionUpdate(actionId, new NewUpdate("Protocol signed.", 80, LocalDate.now(), null,
                List.of(new EvidenceUpload("protocol.pdf", PlanFixtures.smallPdf()),
                        new EvidenceUpload("minutes.pdf", PlanFixtures.windowsExecutable()))), SubmissionKey.fresh()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldMessages().get("files"))
                        .contains("minutes.pdf"));

        assertThat(dsl.fetchCount(PROGRESS_UPDATE, PROGRESS_UPDATE.ACTION_ID.eq(actionId))).isEqualTo(updatesBefore);
        assertThat(fx.actionRow(actionId).getProgress()).isEqualTo(progressBefore);
    }

    @Test
    void evidenceCannotBeDatedInTheFutureAndAnEmptyFileIsRefused() {
        long actionId = protocols();

        assertThatThrownBy(() -> progress.postActionUpdate(actionId, new NewUpdate("Training booked.", null,
                LocalDate.now().plusDays(3), null, List.of(new EvidenceUpload("empty.pdf", new byte[0]))), SubmissionKey.fresh()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldMessages())
                        .containsKeys("evidenceDate", "files"));
    }

    @Test
    void anUpdateOnTheRecommendationItselfIsKeptOnTheItem() {
        long item = fx.item(PlanFixtures.DEVON_CUSTODY, "2", "DEVON_CORNWALL");

        long updateId = progress.postItemUpdate(item, new NewUpdate("Shift-change reviews piloted at Exeter custody.", null,
                LocalDate.now().minusDays(1), null, List.of(new EvidenceUpload("pilot-note.txt", "Pilot ran for two weeks.".getBytes()))), SubmissionKey.fresh());

        assertThat(dsl.selectFrom(PROGRESS_UPDATE).where(PROGRESS_UPDATE.ID.eq(updateId)).fetchSingle().getTrackedRecommendationId())
                .isEqualTo(item);
        assertThat(fx.itemStatus(item)).isEqualTo(Status.PLAN_AWAITED);
    }
}
