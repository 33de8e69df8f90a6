package org.oversight.notification.internal;

import static org.oversight.db.Tables.APP_USER;
import static org.oversight.db.Tables.HANDOFF;
import static org.oversight.db.Tables.HANDOFF_WORDING;
import static org.oversight.db.Tables.INBOX_ENTRY;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Param;
import org.jooq.Record;
import org.jooq.Record1;
import org.jooq.Select;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.oversight.base.Prepared;
import org.oversight.base.RenderedOnce;
import org.oversight.base.i18n.Wording;
import org.oversight.deadline.BellTable;
import org.oversight.notification.InboxEntry;
import org.oversight.notification.InboxService;
import org.oversight.recommendation.HandoffKind;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** A person's inbox entries, and marking them read. */
@Component
public class JooqInboxQuery {

    private static final Param<Long> USER = Prepared.value("user", Long.class);
    /** Asked for the header's bell on every navigation: prepared once (decision 0146). */
    private static final Prepared<Record1<Integer>> UNREAD = Prepared.select(dsl -> unreadOf(USER), USER);
    private static final String UNREAD_COLUMN = "unread";

    private final DSLContext dsl;
    /** The bell's one statement, rendered once for each scope and day (the person's id its one placeholder). */
    private final RenderedOnce<List<Object>> bells = new RenderedOnce<>(2_000, USER);

    JooqInboxQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * Unread first, then newest first; each line in the language being written now (the reader's screen, or a
     * digest's recipient). A line kept as keys reads in that language; an older one, kept only in English, as written.
     */
    public List<InboxEntry> entries(long userId, int limit) {
        return dsl.select(INBOX_ENTRY.ID, HANDOFF.KIND, HANDOFF.TITLE, HANDOFF.NOTE, HANDOFF.PATH, APP_USER.DISPLAY_NAME,
                        HANDOFF.OCCURRED_AT, INBOX_ENTRY.NEEDS_ACTION, INBOX_ENTRY.READ_AT,
                        HANDOFF_WORDING.TITLE_JSON, HANDOFF_WORDING.NOTE_JSON)
                .from(INBOX_ENTRY).join(HANDOFF).on(HANDOFF.ID.eq(INBOX_ENTRY.HANDOFF_ID))
                .leftJoin(APP_USER).on(APP_USER.ID.eq(HANDOFF.ACTOR_ID))
                .leftJoin(HANDOFF_WORDING).on(HANDOFF_WORDING.HANDOFF_ID.eq(HANDOFF.ID))
                .where(INBOX_ENTRY.USER_ID.eq(userId))
                .orderBy(INBOX_ENTRY.READ_AT.isNull().desc(), HANDOFF.OCCURRED_AT.desc(), INBOX_ENTRY.ID.desc())
                .limit(limit)
                .fetch(r -> new InboxEntry(r.value1(), HandoffKind.valueOf(r.value2()), read(r.value10(), r.value3()),
                        read(r.value11(), r.value4()), r.value5(), r.value6(), r.value7(), r.value8(), r.value9() != null));
    }

    /** The words kept as keys, in the current language; else the words as they were stored. */
    private static String read(String wordingJson, String stored) {
        return wordingJson == null ? stored : Wording.fromJson(wordingJson).text();
    }

    public int unread(long userId) {
        return UNREAD.fetchSingle(dsl, userId).value1();
    }

    /**
     * The bell's deadline counts and the person's unread entries, in one statement: {@link #unread} as a column beside
     * the deadlines' table of one row, rendered once for the table's key (decision 0149).
     */
    public InboxService.Bell bell(BellTable deadlines, long userId) {
        Record row = bells.fetchSingle(dsl, deadlines.key(), () -> {
            Table<?> counts = deadlines.table();
            return dsl.select(counts.fields()).select(DSL.field(unreadOf(USER)).as(UNREAD_COLUMN)).from(counts);
        }, userId);
        return new InboxService.Bell(deadlines.counts(row), row.get(UNREAD_COLUMN, Integer.class));
    }

    private static Select<Record1<Integer>> unreadOf(Param<Long> user) {
        return DSL.select(DSL.count()).from(INBOX_ENTRY).where(INBOX_ENTRY.USER_ID.eq(user)).and(INBOX_ENTRY.READ_AT.isNull());
    }

    /** The entry's path, if it is this person's. */
    public Optional<String> path(long entryId, long userId) {
        return dsl.select(HANDOFF.PATH).from(INBOX_ENTRY).join(HANDOFF).on(HANDOFF.ID.eq(INBOX_ENTRY.HANDOFF_ID))
                .where(INBOX_ENTRY.ID.eq(entryId)).and(INBOX_ENTRY.USER_ID.eq(userId))
                .fetchOptional(HANDOFF.PATH);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void markRead(long entryId, long userId, OffsetDateTime at) {
        dsl.update(INBOX_ENTRY).set(INBOX_ENTRY.READ_AT, at)
                .where(INBOX_ENTRY.ID.eq(entryId)).and(INBOX_ENTRY.USER_ID.eq(userId)).and(INBOX_ENTRY.READ_AT.isNull())
                .execute();
    }

    /** @return how many were marked */
    @Transactional(propagation = Propagation.MANDATORY)
    public int markAllRead(long userId, OffsetDateTime at) {
        return dsl.update(INBOX_ENTRY).set(INBOX_ENTRY.READ_AT, at)
                .where(INBOX_ENTRY.USER_ID.eq(userId)).and(INBOX_ENTRY.READ_AT.isNull())
                .execute();
    }
}
