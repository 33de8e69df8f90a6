package org.oversight.notification.internal;

import static org.oversight.db.Tables.APP_USER;
import static org.oversight.db.Tables.MAIL_COVER;
import static org.oversight.db.Tables.NOTIFICATION_PREFERENCE;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.oversight.notification.Channel;
import org.oversight.notification.MailCover;
import org.oversight.recommendation.HandoffKind;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** notification_preference and mail_cover. */
@Component
public class JooqPreferenceRepository {

    /** An account as a deputy candidate. */
    public record Account(long id, String displayName, Long organisationId, boolean enabled) {
    }

    private final DSLContext dsl;

    JooqPreferenceRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Map<HandoffKind, Channel> channels(long userId) {
        Map<HandoffKind, Channel> map = new EnumMap<>(HandoffKind.class);
        dsl.select(NOTIFICATION_PREFERENCE.KIND, NOTIFICATION_PREFERENCE.CHANNEL).from(NOTIFICATION_PREFERENCE)
                .where(NOTIFICATION_PREFERENCE.USER_ID.eq(userId))
                .forEach(r -> map.put(HandoffKind.valueOf(r.value1()), Channel.valueOf(r.value2())));
        return map;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void setChannel(long userId, HandoffKind kind, Channel channel) {
        dsl.deleteFrom(NOTIFICATION_PREFERENCE)
                .where(NOTIFICATION_PREFERENCE.USER_ID.eq(userId)).and(NOTIFICATION_PREFERENCE.KIND.eq(kind.name())).execute();
        if (channel != Channel.EMAIL) {
            dsl.insertInto(NOTIFICATION_PREFERENCE)
                    .set(NOTIFICATION_PREFERENCE.USER_ID, userId)
                    .set(NOTIFICATION_PREFERENCE.KIND, kind.name())
                    .set(NOTIFICATION_PREFERENCE.CHANNEL, channel.name())
                    .execute();
        }
    }

    public Optional<Account> account(long userId) {
        return dsl.select(APP_USER.ID, APP_USER.DISPLAY_NAME, APP_USER.ORGANISATION_ID, APP_USER.ENABLED).from(APP_USER)
                .where(APP_USER.ID.eq(userId)).fetchOptional(Records.mapping(Account::new));
    }

    /** Enabled accounts of the organisation other than the person: who may cover their mail. */
    public List<Account> colleagues(long userId, long organisationId) {
        return dsl.select(APP_USER.ID, APP_USER.DISPLAY_NAME, APP_USER.ORGANISATION_ID, APP_USER.ENABLED).from(APP_USER)
                .where(APP_USER.ORGANISATION_ID.eq(organisationId)).and(APP_USER.ID.ne(userId)).and(APP_USER.ENABLED.isTrue())
                .orderBy(APP_USER.DISPLAY_NAME).fetch(Records.mapping(Account::new));
    }

    public Optional<MailCover> cover(long userId) {
        return dsl.select(MAIL_COVER.DEPUTY_ID, APP_USER.DISPLAY_NAME, MAIL_COVER.STARTS_ON, MAIL_COVER.ENDS_ON)
                .from(MAIL_COVER).join(APP_USER).on(APP_USER.ID.eq(MAIL_COVER.DEPUTY_ID))
                .where(MAIL_COVER.USER_ID.eq(userId)).fetchOptional(Records.mapping(MailCover::new));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void setCover(long userId, long deputyId, LocalDate startsOn, LocalDate endsOn) {
        dsl.deleteFrom(MAIL_COVER).where(MAIL_COVER.USER_ID.eq(userId)).execute();
        dsl.insertInto(MAIL_COVER)
                .set(MAIL_COVER.USER_ID, userId)
                .set(MAIL_COVER.DEPUTY_ID, deputyId)
                .set(MAIL_COVER.STARTS_ON, startsOn)
                .set(MAIL_COVER.ENDS_ON, endsOn)
                .execute();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public boolean endCover(long userId) {
        return dsl.deleteFrom(MAIL_COVER).where(MAIL_COVER.USER_ID.eq(userId)).execute() == 1;
    }
}
