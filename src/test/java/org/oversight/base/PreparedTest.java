package org.oversight.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.oversight.db.Tables.APP_USER;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Param;
import org.jooq.Record2;
import org.jooq.exception.NoDataFoundException;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.oversight.security.Role;
import org.oversight.testsupport.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/**
 * A query prepared once (decision 0146) reads, for any values, exactly the rows jOOQ's own query with those values
 * reads, in the caller's transaction; it is built once; and a mistake in its making is refused on its first asking.
 */
@DatabaseTest
@Transactional
class PreparedTest {

    static final Param<Role> ROLE = Prepared.value("role", APP_USER.ROLE);
    static final Param<String> PREFIX = Prepared.value("prefix", String.class);
    static final Field<Integer> COUNT = DSL.count();

    @Autowired DSLContext dsl;

    final AtomicInteger built = new AtomicInteger();

    /** Users of a role whose name starts with a prefix, or any admin; the role's placeholder is used twice. */
    final Prepared<Record2<String, Role>> users = Prepared.select(d -> {
        built.incrementAndGet();
        return d.select(APP_USER.USERNAME, APP_USER.ROLE).from(APP_USER)
                .where(APP_USER.ROLE.eq(ROLE).and(APP_USER.USERNAME.startsWith(PREFIX)))
                .or(APP_USER.ROLE.eq(Role.ADMIN).and(APP_USER.ROLE.ne(ROLE)))
                .orderBy(APP_USER.USERNAME).limit(50);
    }, ROLE, PREFIX);

    List<String> jooqsOwn(Role role, String prefix) {
        return dsl.select(APP_USER.USERNAME).from(APP_USER)
                .where(APP_USER.ROLE.eq(role).and(APP_USER.USERNAME.startsWith(prefix)))
                .or(APP_USER.ROLE.eq(Role.ADMIN).and(APP_USER.ROLE.ne(role)))
                .orderBy(APP_USER.USERNAME).limit(50).fetch(APP_USER.USERNAME);
    }

    @Test
    void readsWhatJooqsOwnQueryReadsForEveryValueAndIsBuiltOnce() {
        for (Role role : Role.values()) {
            for (String prefix : List.of("", "a", "s", "zz")) {
                assertThat(users.fetch(dsl, role, prefix).map(r -> r.value1()))
                        .as(role + " " + prefix).isEqualTo(jooqsOwn(role, prefix));
            }
        }
        assertThat(users.fetch(dsl, Role.WATCHDOG, "").map(Record2::value2)).as("the converter reads the enum")
                .contains(Role.WATCHDOG, Role.ADMIN).doesNotContainNull();
        assertThat(built).as("built once").hasValue(1);
        assertThat(users.sql(dsl)).as("the values are bound, not written in").doesNotContain("WATCHDOG").contains("?");
    }

    @Test
    void readsInTheCallersTransaction() {
        Prepared<org.jooq.Record1<Integer>> watchdogs = Prepared.select(
                d -> d.select(COUNT).from(APP_USER).where(APP_USER.ROLE.eq(ROLE)), ROLE);
        int before = watchdogs.fetchSingle(dsl, Role.WATCHDOG).value1();
        dsl.insertInto(APP_USER).set(APP_USER.USERNAME, "zz.prepared").set(APP_USER.DISPLAY_NAME, "Prepared")
                .set(APP_USER.PASSWORD_HASH, "x").set(APP_USER.ROLE, Role.WATCHDOG)
                .set(APP_USER.CREATED_AT, OffsetDateTime.now())
                .set(APP_USER.ORGANISATION_ID, dsl.select(DSL.min(APP_USER.ORGANISATION_ID)).from(APP_USER)
                        .where(APP_USER.ROLE.eq(Role.WATCHDOG)).fetchSingle().value1())
                .execute();

        assertThat(watchdogs.fetchSingle(dsl, Role.WATCHDOG).value1()).isEqualTo(before + 1);
        assertThat(users.fetch(dsl, Role.WATCHDOG, "zz.prep").map(Record2::value1)).contains("zz.prepared");
    }

    @Test
    void aMistakeIsRefusedOnTheFirstAsking() {
        assertThatThrownBy(() -> users.fetch(dsl, Role.WATCHDOG)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("1 values for 2 placeholders");
        Prepared<org.jooq.Record1<Integer>> unused = Prepared.select(d -> d.select(COUNT).from(APP_USER), ROLE);
        assertThatThrownBy(() -> unused.fetch(dsl, Role.ADMIN)).isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("the placeholder role is not in ");
        Param<Object> untyped = DSL.param("anything");
        Prepared<org.jooq.Record1<Integer>> loose = Prepared.select(
                d -> d.select(COUNT).from(APP_USER).where(APP_USER.USERNAME.eq(untyped.cast(String.class))), untyped);
        assertThatThrownBy(() -> loose.fetch(dsl, "x")).isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("a value of type java.lang.Object cannot be bound here");
        assertThatThrownBy(() -> Prepared.select(d -> d.select(COUNT).from(APP_USER), ROLE, ROLE))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void oneRowIsOneRow() {
        Prepared<Record2<String, Role>> byName = Prepared.select(
                d -> d.select(APP_USER.USERNAME, APP_USER.ROLE).from(APP_USER).where(APP_USER.USERNAME.eq(PREFIX)), PREFIX);
        assertThatThrownBy(() -> byName.fetchSingle(dsl, "nobody.at.all")).isInstanceOf(NoDataFoundException.class);
        assertThat(byName.fetchOptional(dsl, "nobody.at.all")).isEmpty();
        String someone = dsl.select(DSL.min(APP_USER.USERNAME)).from(APP_USER).fetchSingle().value1();
        assertThat(byName.fetchSingle(dsl, someone).value1()).isEqualTo(someone);
        assertThat(byName.fetchOptional(dsl, someone).map(Record2::value1)).hasValue(someone);
    }
}
