package org.oversight.base;

import static org.oversight.db.Tables.SUBMISSION_KEY;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.function.LongSupplier;
import org.jooq.DSLContext;
import org.oversight.base.i18n.Messages;
import org.jooq.exception.IntegrityConstraintViolationException;
import org.oversight.db.tables.records.SubmissionKeyRecord;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes a create idempotent per {@link SubmissionKey}: the first submit of a form creates and records its key with
 * the id it created, in the caller's transaction; a repeat of the key is answered with that id and creates nothing.
 * Two submits at the same moment both create, but the second cannot commit: its key collides with the first on the
 * primary key and its transaction, with everything it wrote, rolls back.
 */
@Component
public class Submissions {

    private final DSLContext db;
    private final Clock clock;

    Submissions(DSLContext db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /**
     * @param kind   what the form creates ("action", "progress_update", ...): a key is good for one kind only
     * @param create makes the row and returns its id; runs at most once per key
     * @return the id made by the first submit with this key
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public long once(SubmissionKey key, String kind, long userId, LongSupplier create) {
        SubmissionKeyRecord first = db.selectFrom(SUBMISSION_KEY).where(SUBMISSION_KEY.ID.eq(key.value())).fetchOne();
        if (first != null) {
            if (!first.getKind().equals(kind) || first.getUserId() != userId) {
                throw new RuleViolationException(Messages.t("base.submission.used"));
            }
            return first.getResultId();
        }
        long id = create.getAsLong();
        OffsetDateTime now = OffsetDateTime.now(clock);
        db.deleteFrom(SUBMISSION_KEY).where(SUBMISSION_KEY.CREATED_AT.lt(now.minusDays(1))).execute();
        try {
            db.insertInto(SUBMISSION_KEY)
                    .set(SUBMISSION_KEY.ID, key.value())
                    .set(SUBMISSION_KEY.KIND, kind)
                    .set(SUBMISSION_KEY.USER_ID, userId)
                    .set(SUBMISSION_KEY.RESULT_ID, id)
                    .set(SUBMISSION_KEY.CREATED_AT, now)
                    .execute();
        } catch (DataIntegrityViolationException | IntegrityConstraintViolationException e) {
            throw new RuleViolationException(Messages.t("base.submission.twice"));
        }
        return id;
    }
}
