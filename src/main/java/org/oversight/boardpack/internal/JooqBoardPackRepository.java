package org.oversight.boardpack.internal;

import static org.oversight.db.Tables.APP_USER;
import static org.oversight.db.Tables.BOARD_PACK;
import static org.oversight.db.Tables.BOARD_PACK_SUBSCRIPTION;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.oversight.security.Role;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The packs made (for "what changed since the last pack") and the monthly subscriptions. */
@Repository
public class JooqBoardPackRepository {

    /** The figures an earlier pack showed. */
    public record Made(OffsetDateTime madeAt, int open, int overdue, int dueSoon, int plansAwaiting, int verifiedQuarter) {
    }

    /** A subscriber the monthly run writes to. */
    public record Subscriber(long userId, String username, String displayName, String email) {
    }

    private final DSLContext dsl;

    public JooqBoardPackRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The latest pack of this scope made before {@code before}. */
    public Optional<Made> lastBefore(String scopeKey, OffsetDateTime before) {
        return dsl.select(BOARD_PACK.MADE_AT, BOARD_PACK.OPEN_ITEMS, BOARD_PACK.OVERDUE, BOARD_PACK.DUE_SOON,
                        BOARD_PACK.PLANS_AWAITING, BOARD_PACK.VERIFIED_QUARTER)
                .from(BOARD_PACK).where(BOARD_PACK.SCOPE_KEY.eq(scopeKey), BOARD_PACK.MADE_AT.lt(before))
                .orderBy(BOARD_PACK.MADE_AT.desc(), BOARD_PACK.ID.desc()).limit(1)
                .fetchOptional(Records.mapping(Made::new));
    }

    /** Records the pack unless one of the same scope was already recorded since {@code since}. */
    @Transactional
    public void recordOnce(String scopeKey, OffsetDateTime since, OffsetDateTime now, String by, String hash, Made figures) {
        boolean already = dsl.fetchExists(BOARD_PACK, BOARD_PACK.SCOPE_KEY.eq(scopeKey), BOARD_PACK.MADE_AT.ge(since));
        if (!already) {
            dsl.insertInto(BOARD_PACK)
                    .set(BOARD_PACK.SCOPE_KEY, scopeKey).set(BOARD_PACK.MADE_AT, now).set(BOARD_PACK.MADE_BY, by)
                    .set(BOARD_PACK.DATA_HASH, hash).set(BOARD_PACK.OPEN_ITEMS, figures.open())
                    .set(BOARD_PACK.OVERDUE, figures.overdue()).set(BOARD_PACK.DUE_SOON, figures.dueSoon())
                    .set(BOARD_PACK.PLANS_AWAITING, figures.plansAwaiting())
                    .set(BOARD_PACK.VERIFIED_QUARTER, figures.verifiedQuarter())
                    .execute();
        }
    }

    public boolean subscribed(long userId) {
        return dsl.fetchExists(BOARD_PACK_SUBSCRIPTION, BOARD_PACK_SUBSCRIPTION.USER_ID.eq(userId));
    }

    @Transactional
    public void subscribe(long userId, OffsetDateTime now) {
        if (!subscribed(userId)) {
            dsl.insertInto(BOARD_PACK_SUBSCRIPTION).set(BOARD_PACK_SUBSCRIPTION.USER_ID, userId)
                    .set(BOARD_PACK_SUBSCRIPTION.SUBSCRIBED_AT, now).execute();
        }
    }

    @Transactional
    public void unsubscribe(long userId) {
        dsl.deleteFrom(BOARD_PACK_SUBSCRIPTION).where(BOARD_PACK_SUBSCRIPTION.USER_ID.eq(userId)).execute();
    }

    /** Active chief officers with an e-mail address who subscribed and have had no mail since {@code monthStart}. */
    public List<Subscriber> due(LocalDate monthStart) {
        return dsl.select(APP_USER.ID, APP_USER.USERNAME, APP_USER.DISPLAY_NAME, APP_USER.EMAIL)
                .from(BOARD_PACK_SUBSCRIPTION).join(APP_USER).on(APP_USER.ID.eq(BOARD_PACK_SUBSCRIPTION.USER_ID))
                .where(APP_USER.ENABLED.isTrue(), APP_USER.EMAIL.isNotNull(), APP_USER.ROLE.eq(Role.CHIEF_OFFICER),
                        BOARD_PACK_SUBSCRIPTION.LAST_SENT_ON.isNull().or(BOARD_PACK_SUBSCRIPTION.LAST_SENT_ON.lt(monthStart)))
                .orderBy(APP_USER.ID)
                .fetch(Records.mapping(Subscriber::new));
    }

    /** Marks the month's mail as sent; false if another node marked it first. */
    @Transactional
    public boolean markSent(long userId, LocalDate monthStart, LocalDate today) {
        return dsl.update(BOARD_PACK_SUBSCRIPTION).set(BOARD_PACK_SUBSCRIPTION.LAST_SENT_ON, today)
                .where(BOARD_PACK_SUBSCRIPTION.USER_ID.eq(userId),
                        BOARD_PACK_SUBSCRIPTION.LAST_SENT_ON.isNull().or(BOARD_PACK_SUBSCRIPTION.LAST_SENT_ON.lt(monthStart)))
                .execute() == 1;
    }
}
