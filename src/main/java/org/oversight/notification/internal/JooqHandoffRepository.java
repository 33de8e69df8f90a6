package org.oversight.notification.internal;

import static org.oversight.db.Tables.APP_USER;
import static org.oversight.db.Tables.HANDOFF;
import static org.oversight.db.Tables.HANDOFF_MAIL;
import static org.oversight.db.Tables.HANDOFF_WORDING;
import static org.oversight.db.Tables.INBOX_ENTRY;
import static org.oversight.db.Tables.MAIL_COVER;
import static org.oversight.db.Tables.NOTIFICATION_PREFERENCE;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.oversight.base.i18n.Language;
import org.oversight.base.i18n.Wording;
import org.oversight.notification.Channel;
import org.oversight.recommendation.HandoffKind;
import org.oversight.security.Role;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** handoff, inbox_entry and handoff_mail: written in the deciding transaction, so that a rollback takes them too. */
@Component
public class JooqHandoffRepository {

    /** Someone a handoff is addressed to (enabled accounts only). */
    public record Addressee(long id, String displayName, String email) {
    }

    /** A deputy covering someone's mail, to the last day of the cover. */
    public record Cover(Addressee deputy, LocalDate endsOn) {
    }

    /** A mail waiting to be handed over. */
    public record PendingMail(long id, String to, String subject, String text, String html) {
    }

    private final DSLContext dsl;

    JooqHandoffRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The enabled staff of a watchdog, or the enabled force and national leads of a recipient. */
    public List<Addressee> addressees(HandoffKind.Side side, long organisationId) {
        var roles = side == HandoffKind.Side.WATCHDOG ? List.of(Role.WATCHDOG) : List.of(Role.FORCE_LEAD, Role.NATIONAL_LEAD);
        return dsl.select(APP_USER.ID, APP_USER.DISPLAY_NAME, APP_USER.EMAIL).from(APP_USER)
                .where(APP_USER.ENABLED.isTrue()).and(APP_USER.ORGANISATION_ID.eq(organisationId)).and(APP_USER.ROLE.in(roles))
                .orderBy(APP_USER.ID)
                .fetch(Records.mapping(Addressee::new));
    }

    /** The enabled chief officers of a recipient, who are copied on escalated handoffs. */
    public List<Addressee> chiefOfficers(long organisationId) {
        return dsl.select(APP_USER.ID, APP_USER.DISPLAY_NAME, APP_USER.EMAIL).from(APP_USER)
                .where(APP_USER.ENABLED.isTrue()).and(APP_USER.ORGANISATION_ID.eq(organisationId))
                .and(APP_USER.ROLE.eq(Role.CHIEF_OFFICER))
                .orderBy(APP_USER.ID)
                .fetch(Records.mapping(Addressee::new));
    }

    public Channel channel(long userId, HandoffKind kind) {
        return dsl.select(NOTIFICATION_PREFERENCE.CHANNEL).from(NOTIFICATION_PREFERENCE)
                .where(NOTIFICATION_PREFERENCE.USER_ID.eq(userId)).and(NOTIFICATION_PREFERENCE.KIND.eq(kind.name()))
                .fetchOptional(NOTIFICATION_PREFERENCE.CHANNEL).map(Channel::valueOf).orElse(Channel.EMAIL);
    }

    /** The deputy covering the person's mail on that day, if any (enabled accounts only). */
    public Optional<Cover> deputyOn(long userId, LocalDate day) {
        return dsl.select(APP_USER.ID, APP_USER.DISPLAY_NAME, APP_USER.EMAIL, MAIL_COVER.ENDS_ON).from(MAIL_COVER)
                .join(APP_USER).on(APP_USER.ID.eq(MAIL_COVER.DEPUTY_ID))
                .where(MAIL_COVER.USER_ID.eq(userId)).and(MAIL_COVER.STARTS_ON.le(day)).and(MAIL_COVER.ENDS_ON.ge(day))
                .and(APP_USER.ENABLED.isTrue())
                .fetchOptional(r -> new Cover(new Addressee(r.value1(), r.value2(), r.value3()), r.value4()));
    }

    /**
     * The handoff, its title and note in English as before, and the same words as keys (null for a note that is a
     * person's own words), so that each reader reads the inbox line in their language.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public long insertHandoff(HandoffKind kind, String path, Wording title, String note, Wording noteWording,
                              long actorId, OffsetDateTime at) {
        long id = dsl.insertInto(HANDOFF)
                .set(HANDOFF.KIND, kind.name())
                .set(HANDOFF.PATH, path)
                .set(HANDOFF.TITLE, title.in(Language.ENGLISH))
                .set(HANDOFF.NOTE, noteWording == null ? note : noteWording.in(Language.ENGLISH))
                .set(HANDOFF.ACTOR_ID, actorId)
                .set(HANDOFF.OCCURRED_AT, at)
                .returning(HANDOFF.ID).fetchSingle(HANDOFF.ID);
        dsl.insertInto(HANDOFF_WORDING)
                .set(HANDOFF_WORDING.HANDOFF_ID, id)
                .set(HANDOFF_WORDING.TITLE_JSON, title.toJson())
                .set(HANDOFF_WORDING.NOTE_JSON, noteWording == null ? null : noteWording.toJson())
                .execute();
        return id;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void insertEntry(long handoffId, long userId, boolean needsAction) {
        dsl.insertInto(INBOX_ENTRY)
                .set(INBOX_ENTRY.HANDOFF_ID, handoffId)
                .set(INBOX_ENTRY.USER_ID, userId)
                .set(INBOX_ENTRY.NEEDS_ACTION, needsAction)
                .onConflictDoNothing()
                .execute();
    }

    /** @return false when this person already has this decision's mail (a deputy covering two people gets one) */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean insertMail(long handoffId, long userId, Long onBehalfOf, String to, String subject, String text,
                              String html, OffsetDateTime at) {
        return dsl.insertInto(HANDOFF_MAIL)
                .set(HANDOFF_MAIL.HANDOFF_ID, handoffId)
                .set(HANDOFF_MAIL.USER_ID, userId)
                .set(HANDOFF_MAIL.ON_BEHALF_OF, onBehalfOf)
                .set(HANDOFF_MAIL.TO_ADDRESS, to)
                .set(HANDOFF_MAIL.SUBJECT, subject.length() > 300 ? subject.substring(0, 299) + "…" : subject)
                .set(HANDOFF_MAIL.TEXT_BODY, text)
                .set(HANDOFF_MAIL.HTML_BODY, html)
                .set(HANDOFF_MAIL.CREATED_AT, at)
                .onConflictDoNothing()
                .execute() == 1;
    }

    public List<Long> pendingMailIds(int limit) {
        return dsl.select(HANDOFF_MAIL.ID).from(HANDOFF_MAIL).where(HANDOFF_MAIL.SENT_AT.isNull())
                .orderBy(HANDOFF_MAIL.ID).limit(limit).fetch(HANDOFF_MAIL.ID);
    }

    /**
     * Marks the mail sent and returns it, or empty when another thread or node took it first. The caller hands it
     * over in the same transaction: if that fails, the mark rolls back and the mail waits for the next try.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<PendingMail> claim(long mailId, OffsetDateTime at) {
        int claimed = dsl.update(HANDOFF_MAIL).set(HANDOFF_MAIL.SENT_AT, at)
                .where(HANDOFF_MAIL.ID.eq(mailId)).and(HANDOFF_MAIL.SENT_AT.isNull()).execute();
        if (claimed == 0) {
            return Optional.empty();
        }
        return dsl.select(HANDOFF_MAIL.ID, HANDOFF_MAIL.TO_ADDRESS, HANDOFF_MAIL.SUBJECT, HANDOFF_MAIL.TEXT_BODY, HANDOFF_MAIL.HTML_BODY)
                .from(HANDOFF_MAIL).where(HANDOFF_MAIL.ID.eq(mailId)).fetchOptional(Records.mapping(PendingMail::new));
    }
}
