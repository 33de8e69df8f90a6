package org.oversight.notification.internal;

import static org.oversight.db.Tables.REMINDER_SENT;

import java.time.OffsetDateTime;
import org.jooq.DSLContext;
import org.oversight.notification.ReminderKind;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** reminder_sent: one row per person, kind and subject; its unique key is what makes each reminder go once. */
@Component
public class JooqReminderLedgerRepository {

    private final DSLContext dsl;

    JooqReminderLedgerRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public boolean wasSent(long userId, ReminderKind kind, String subjectKey) {
        return dsl.fetchExists(REMINDER_SENT, REMINDER_SENT.USER_ID.eq(userId)
                .and(REMINDER_SENT.KIND.eq(kind)).and(REMINDER_SENT.SUBJECT_KEY.eq(subjectKey)));
    }

    /** @return false if it had been recorded already (by this or another node) */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean record(long userId, ReminderKind kind, String subjectKey, OffsetDateTime at) {
        return dsl.insertInto(REMINDER_SENT)
                .set(REMINDER_SENT.USER_ID, userId)
                .set(REMINDER_SENT.KIND, kind)
                .set(REMINDER_SENT.SUBJECT_KEY, subjectKey)
                .set(REMINDER_SENT.SENT_AT, at)
                .onConflict(REMINDER_SENT.USER_ID, REMINDER_SENT.KIND, REMINDER_SENT.SUBJECT_KEY).doNothing()
                .execute() == 1;
    }
}
