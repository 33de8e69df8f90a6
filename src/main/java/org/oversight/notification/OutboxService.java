package org.oversight.notification;

import org.oversight.base.export.Column;
import org.oversight.base.export.Pages;
import org.oversight.base.export.Table;
import org.oversight.base.export.TableWriter;
import static org.oversight.db.Tables.OUTBOX_MAIL;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Records;
import org.jooq.impl.DSL;
import org.oversight.security.CurrentUser;
import org.oversight.security.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The in-app outbox, for administrators: every e-mail written there instead of being sent (demo mode). */
@Service
@Transactional(readOnly = true)
public class OutboxService {

    /** @param html the HTML part, or null when the mail had none */
    public record OutboxMail(long id, String to, String subject, String body, String html, OffsetDateTime createdAt) {
    }

    private final DSLContext dsl;
    private final CurrentUser currentUser;
    private final MailDelivery delivery;
    private final ReminderJob job;

    OutboxService(DSLContext dsl, CurrentUser currentUser, MailDelivery delivery, ReminderJob job) {
        this.dsl = dsl;
        this.currentUser = currentUser;
        this.delivery = delivery;
        this.job = job;
    }

    /** Newest first; {@code search} matches the address or the subject, ignoring case. */
    public List<OutboxMail> page(String search, int offset, int limit) {
        currentUser.requireRole(Role.ADMIN);
        return dsl.select(OUTBOX_MAIL.ID, OUTBOX_MAIL.TO_ADDRESS, OUTBOX_MAIL.SUBJECT, OUTBOX_MAIL.BODY, OUTBOX_MAIL.HTML_BODY,
                        OUTBOX_MAIL.CREATED_AT)
                .from(OUTBOX_MAIL).where(matching(search))
                .orderBy(OUTBOX_MAIL.CREATED_AT.desc(), OUTBOX_MAIL.ID.desc())
                .offset(offset).limit(limit)
                .fetch(Records.mapping(OutboxMail::new));
    }

    public int count(String search) {
        currentUser.requireRole(Role.ADMIN);
        Field<Integer> mails = DSL.count();
        return dsl.select(mails).from(OUTBOX_MAIL).where(matching(search)).fetchSingle(mails);
    }

    static final Table<OutboxMail> EXPORT = Table.of("notification.outbox.empty",
            Column.dateTime("notification.outbox.column.written-utc", OutboxMail::createdAt),
            Column.text("notification.outbox.column.to", OutboxMail::to),
            Column.text("notification.outbox.column.subject", OutboxMail::subject),
            Column.text("notification.outbox.column.body", OutboxMail::body));

    /** The outbox's mails matching the search, newest first, a page at a time. */
    public long export(String search, TableWriter out) {
        currentUser.requireRole(Role.ADMIN);
        return EXPORT.write(out, Pages.of((offset, limit) -> page(search, offset, limit)));
    }

    /** Where reminders go on this node, and what its last run sent. */
    public String deliveryDescription() {
        currentUser.requireRole(Role.ADMIN);
        return delivery.describe();
    }

    public Optional<ReminderJob.LastRun> lastRun() {
        currentUser.requireRole(Role.ADMIN);
        return job.lastRun();
    }

    private static Condition matching(String search) {
        if (search == null || search.isBlank()) {
            return DSL.trueCondition();
        }
        String s = search.strip();
        return OUTBOX_MAIL.TO_ADDRESS.containsIgnoreCase(s).or(OUTBOX_MAIL.SUBJECT.containsIgnoreCase(s));
    }
}
