package org.oversight.security;

import static org.oversight.db.Tables.USER_LANGUAGE;

import java.time.OffsetDateTime;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Reads and writes user_language; one row per person who chose. */
@Repository
public class JooqSavedLanguageRepository {

    private final DSLContext dsl;

    public JooqSavedLanguageRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Optional<String> find(long userId) {
        return dsl.select(USER_LANGUAGE.LANGUAGE).from(USER_LANGUAGE).where(USER_LANGUAGE.USER_ID.eq(userId))
                .fetchOptional(USER_LANGUAGE.LANGUAGE);
    }

    /** Inserts or replaces the person's choice in one statement, so two tabs choosing at once leave one row. */
    public void save(long userId, String code, OffsetDateTime now) {
        dsl.insertInto(USER_LANGUAGE)
                .set(USER_LANGUAGE.USER_ID, userId)
                .set(USER_LANGUAGE.LANGUAGE, code)
                .set(USER_LANGUAGE.CHOSEN_AT, now)
                .onConflict(USER_LANGUAGE.USER_ID).doUpdate()
                .set(USER_LANGUAGE.LANGUAGE, code)
                .set(USER_LANGUAGE.CHOSEN_AT, now)
                .execute();
    }
}
