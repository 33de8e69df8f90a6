package org.oversight.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oversight.db.Tables.APP_USER;

import java.util.concurrent.atomic.AtomicInteger;
import org.jooq.DSLContext;
import org.jooq.Record2;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.oversight.security.Role;
import org.oversight.testsupport.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/**
 * A query rendered once per key (decision 0144) is built once for each key, and each time it is asked it reads the
 * rows as they are then, with the values of its own key.
 */
@DatabaseTest
@Transactional
class RenderedOnceTest {

    @Autowired DSLContext dsl;

    final RenderedOnce<Role> rendered = new RenderedOnce<>(10);
    final AtomicInteger built = new AtomicInteger();

    Record2<Integer, String> usersOf(Role role) {
        return rendered.fetchSingle(dsl, role, () -> {
            built.incrementAndGet();
            return dsl.select(DSL.count(), DSL.max(APP_USER.USERNAME)).from(APP_USER).where(APP_USER.ROLE.eq(role));
        });
    }

    @Test
    void eachKeyIsBuiltOnceAndEachAskingReadsTheRowsAsTheyAreThen() {
        int watchdogs = dsl.fetchCount(APP_USER, APP_USER.ROLE.eq(Role.WATCHDOG));
        int admins = dsl.fetchCount(APP_USER, APP_USER.ROLE.eq(Role.ADMIN));
        assertThat(watchdogs).isNotEqualTo(admins);

        assertThat(usersOf(Role.WATCHDOG).value1()).isEqualTo(watchdogs);
        assertThat(usersOf(Role.ADMIN).value1()).as("another key, its own value").isEqualTo(admins);
        dsl.insertInto(APP_USER).set(APP_USER.USERNAME, "zz.rendered.once").set(APP_USER.DISPLAY_NAME, "Rendered Once")
                .set(APP_USER.PASSWORD_HASH, "x").set(APP_USER.ROLE, Role.WATCHDOG)
                .set(APP_USER.CREATED_AT, java.time.OffsetDateTime.now())
                .set(APP_USER.ORGANISATION_ID, dsl.select(DSL.min(APP_USER.ORGANISATION_ID)).from(APP_USER)
                        .where(APP_USER.ROLE.eq(Role.WATCHDOG)).fetchSingle().value1())
                .execute();
        Record2<Integer, String> again = usersOf(Role.WATCHDOG);

        assertThat(again.value1()).as("the row added since").isEqualTo(watchdogs + 1);
        assertThat(again.value2()).isEqualTo("zz.rendered.once");
        assertThat(usersOf(Role.ADMIN).value1()).isEqualTo(admins);
        assertThat(built).as("built once for each of the two keys").hasValue(2);
        assertThat(rendered.size()).isEqualTo(2);
    }
}
