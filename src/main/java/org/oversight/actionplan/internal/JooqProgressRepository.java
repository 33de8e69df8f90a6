package org.oversight.actionplan.internal;

import static org.jooq.impl.DSL.coalesce;
import static org.oversight.db.Tables.ACTION;
import static org.oversight.db.Tables.ACTION_PLAN;
import static org.oversight.db.Tables.EVIDENCE;
import static org.oversight.db.Tables.EVIDENCE_FILE;
import static org.oversight.db.Tables.PROGRESS_UPDATE;
import static org.oversight.db.Tables.TRACKED_RECOMMENDATION;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.springframework.core.io.InputStreamSource;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Progress updates and their evidence: metadata in evidence, bytes in evidence_file. */
@Repository
public class JooqProgressRepository {

    private final DSLContext dsl;

    JooqProgressRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Exactly one of actionId and trackedId is set. */
    @Transactional(propagation = Propagation.MANDATORY)
    public long insertUpdate(Long actionId, Long trackedId, String body, Integer progress, long userId, OffsetDateTime now) {
        return dsl.insertInto(PROGRESS_UPDATE)
                .set(PROGRESS_UPDATE.ACTION_ID, actionId)
                .set(PROGRESS_UPDATE.TRACKED_RECOMMENDATION_ID, trackedId)
                .set(PROGRESS_UPDATE.BODY, body)
                .set(PROGRESS_UPDATE.PROGRESS, progress)
                .set(PROGRESS_UPDATE.POSTED_AT, now)
                .set(PROGRESS_UPDATE.POSTED_BY, userId)
                .returning(PROGRESS_UPDATE.ID).fetchOne(PROGRESS_UPDATE.ID);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    /** Writes the evidence row, and its content streamed from {@code content} ({@code size} bytes) into the file table. */
    public long insertEvidence(long updateId, String fileName, String contentType, long size, InputStreamSource content,
                               String sha256, LocalDate evidenceDate, LocalDate expiresOn, long userId, OffsetDateTime now) {
        long id = dsl.insertInto(EVIDENCE)
                .set(EVIDENCE.UPDATE_ID, updateId)
                .set(EVIDENCE.FILE_NAME, fileName)
                .set(EVIDENCE.CONTENT_TYPE, contentType)
                .set(EVIDENCE.SIZE_BYTES, size)
                .set(EVIDENCE.SHA256, sha256)
                .set(EVIDENCE.EVIDENCE_DATE, evidenceDate)
                .set(EVIDENCE.EXPIRES_ON, expiresOn)
                .set(EVIDENCE.UPLOADED_AT, now)
                .set(EVIDENCE.UPLOADED_BY, userId)
                .returning(EVIDENCE.ID).fetchOne(EVIDENCE.ID);
        // jOOQ binds a byte[]; the statement is jOOQ's, the content goes to the driver as a stream of known length
        String sql = dsl.render(dsl.insertInto(EVIDENCE_FILE, EVIDENCE_FILE.EVIDENCE_ID, EVIDENCE_FILE.CONTENT)
                .values(id, new byte[0]));
        dsl.connection(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql); InputStream in = content.getInputStream()) {
                ps.setLong(1, id);
                ps.setBinaryStream(2, in, size);
                ps.executeUpdate();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return id;
    }

    /** Whose the evidence is: the organisation of the plan (update on an action) or the item's recipient. */
    public Optional<EvidenceScope> scope(long evidenceId) {
        return dsl.select(EVIDENCE.ID, coalesce(ACTION_PLAN.ORGANISATION_ID, TRACKED_RECOMMENDATION.RECIPIENT_ID),
                        EVIDENCE.FILE_NAME, EVIDENCE.CONTENT_TYPE)
                .from(EVIDENCE)
                .join(PROGRESS_UPDATE).on(PROGRESS_UPDATE.ID.eq(EVIDENCE.UPDATE_ID))
                .leftJoin(ACTION).on(ACTION.ID.eq(PROGRESS_UPDATE.ACTION_ID))
                .leftJoin(ACTION_PLAN).on(ACTION_PLAN.ID.eq(ACTION.PLAN_ID))
                .leftJoin(TRACKED_RECOMMENDATION).on(TRACKED_RECOMMENDATION.ID.eq(PROGRESS_UPDATE.TRACKED_RECOMMENDATION_ID))
                .where(EVIDENCE.ID.eq(evidenceId))
                .fetchOptional(Records.mapping(EvidenceScope::new));
    }

    public Optional<ItemRow> item(long trackedId) {
        var tr = TRACKED_RECOMMENDATION;
        return dsl.select(tr.ID, tr.RECIPIENT_ID, tr.STATUS, tr.VERSION).from(tr).where(tr.ID.eq(trackedId))
                .fetchOptional(Records.mapping(ItemRow::new));
    }

    public byte[] content(long evidenceId) {
        return dsl.select(EVIDENCE_FILE.CONTENT).from(EVIDENCE_FILE).where(EVIDENCE_FILE.EVIDENCE_ID.eq(evidenceId))
                .fetchSingle(EVIDENCE_FILE.CONTENT);
    }
}
