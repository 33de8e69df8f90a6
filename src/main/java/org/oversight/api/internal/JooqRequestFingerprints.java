package org.oversight.api.internal;

import static org.oversight.db.Tables.API_REQUEST_FINGERPRINT;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** What each successful request with an Idempotency-Key asked for, by the submission key it made (a day's worth). */
@Repository
public class JooqRequestFingerprints {

    private final DSLContext dsl;

    JooqRequestFingerprints(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Transactional(readOnly = true)
    public Optional<String> find(UUID submission) {
        return dsl.select(API_REQUEST_FINGERPRINT.FINGERPRINT).from(API_REQUEST_FINGERPRINT)
                .where(API_REQUEST_FINGERPRINT.SUBMISSION_ID.eq(submission)).fetchOptional(API_REQUEST_FINGERPRINT.FINGERPRINT);
    }

    /** Keeps the first request's fingerprint (a retry's is the same, or was refused before it got here). */
    @Transactional
    public void remember(UUID submission, String fingerprint, OffsetDateTime now) {
        dsl.deleteFrom(API_REQUEST_FINGERPRINT).where(API_REQUEST_FINGERPRINT.CREATED_AT.lt(now.minusDays(1))).execute();
        dsl.insertInto(API_REQUEST_FINGERPRINT)
                .set(API_REQUEST_FINGERPRINT.SUBMISSION_ID, submission)
                .set(API_REQUEST_FINGERPRINT.FINGERPRINT, fingerprint)
                .set(API_REQUEST_FINGERPRINT.CREATED_AT, now)
                .onConflictDoNothing()
                .execute();
    }
}
