package org.oversight.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextCustomizer;

/**
 * Which test classes share an application context and database ({@link OwnDatabase}): a class of its own shares with
 * nobody (not even a subclass), the classes of one {@link OwnDatabase#sharedBy} group share with each other only, a
 * {@code @Nested} class with its outer class; the other classes of a test JVM share its fork's schema on PostgreSQL; and
 * only the context of a class of its own is closed after it.
 */
class OwnDatabaseIsSharedOnlyByItsGroupTest {

    @OwnDatabase
    static class Alone {
    }

    static class AloneToo extends Alone {
    }

    @OwnDatabase(sharedBy = "lookers")
    static class LooksOnly extends Alone {
    }

    @OwnDatabase(sharedBy = "lookers")
    static class LooksOnlyToo {
    }

    @OwnDatabase(sharedBy = "others")
    static class LooksElsewhere {
    }

    static class Plain {
    }

    static class PlainToo {
    }

    @OwnDatabase
    static class Outer {
        @Nested
        class Inner {
        }
    }

    private final OwnDatabaseContextCustomizerFactory factory = new OwnDatabaseContextCustomizerFactory(""); // one JVM

    private ContextCustomizer customizerOf(Class<?> testClass) {
        return factory.createContextCustomizer(testClass, List.of());
    }

    @Test
    void aClassOfItsOwnSharesWithNobody() {
        assertThat(customizerOf(Alone.class)).isEqualTo(customizerOf(Alone.class))
                .isNotEqualTo(customizerOf(AloneToo.class))
                .isNotEqualTo(customizerOf(LooksOnly.class));
        assertThat(customizerOf(Plain.class)).as("no @OwnDatabase: the shared test database").isNull();
    }

    @Test
    void theClassesOfAGroupShareWithEachOtherOnly() {
        assertThat(customizerOf(LooksOnly.class)).isEqualTo(customizerOf(LooksOnlyToo.class))
                .isNotEqualTo(customizerOf(LooksElsewhere.class))
                .isNotEqualTo(customizerOf(Alone.class));
    }

    @Test
    void aNestedClassUsesItsOuterClasssDatabase() {
        assertThat(customizerOf(Outer.Inner.class)).isEqualTo(customizerOf(Outer.class));
    }

    @Test
    void theOtherClassesOfATestJvmShareItsForksSchemaAndAnOwnDatabaseKeepsItsOwn() {
        OwnDatabaseContextCustomizerFactory fork2 = new OwnDatabaseContextCustomizerFactory("ot_fork_2");
        ContextCustomizer plain = fork2.createContextCustomizer(Plain.class, List.of());
        assertThat(plain).isEqualTo(new OwnDatabaseContextCustomizerFactory.ForkSchemaCustomizer("ot_fork_2"))
                .isEqualTo(fork2.createContextCustomizer(PlainToo.class, List.of()))
                .isNotEqualTo(new OwnDatabaseContextCustomizerFactory("ot_fork_1").createContextCustomizer(Plain.class, List.of()));
        assertThat(fork2.createContextCustomizer(Alone.class, List.of())).isEqualTo(customizerOf(Alone.class));
        assertThat(new OwnDatabaseContextCustomizerFactory("").createContextCustomizer(Plain.class, List.of()))
                .as("one JVM, no fork's schema: the shared test database as it is").isNull();
        assertThat(new OwnDatabaseContextCustomizerFactory("ot_fork_${surefire.forkNumber}")
                .createContextCustomizer(Plain.class, List.of())).as("a placeholder surefire did not fill").isNull();
    }

    @Test
    void onPostgreSqlTheForksSchemaIsEveryConnectionsAndFlywaysAndOnH2NothingChanges() {
        var customizer = new OwnDatabaseContextCustomizerFactory.ForkSchemaCustomizer("ot_fork_2");
        var pg = new GenericApplicationContext();
        pg.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test",
                Map.of("spring.datasource.url", "jdbc:postgresql://127.0.0.1/db")));
        customizer.customizeContext(pg, null);
        assertThat(pg.getEnvironment().getProperty("spring.datasource.hikari.schema")).isEqualTo("ot_fork_2");
        assertThat(pg.getEnvironment().getProperty("spring.flyway.schemas")).isEqualTo("ot_fork_2");
        assertThat(pg.getEnvironment().getProperty("spring.flyway.default-schema")).isEqualTo("ot_fork_2");
        var h2 = new GenericApplicationContext();
        h2.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test",
                Map.of("spring.datasource.url", "jdbc:h2:mem:oversight-test")));
        customizer.customizeContext(h2, null);
        assertThat(h2.getEnvironment().getProperty("spring.datasource.hikari.schema")).isNull();
    }

    @Test
    void onlyTheContextOfATopLevelClassOfItsOwnIsClosedAfterIt() {
        assertThat(OwnDatabaseContextCustomizerFactory.ownedAlone(Alone.class)).isTrue();
        assertThat(OwnDatabaseContextCustomizerFactory.ownedAlone(AloneToo.class)).isTrue();
        assertThat(OwnDatabaseContextCustomizerFactory.ownedAlone(LooksOnly.class)).isFalse();
        assertThat(OwnDatabaseContextCustomizerFactory.ownedAlone(Plain.class)).isFalse();
        assertThat(OwnDatabaseContextCustomizerFactory.ownedAlone(Outer.Inner.class)).as("closed after Outer").isFalse();
    }
}
