package org.oversight.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.ContextCustomizer;

/**
 * Which test classes share an application context and database ({@link OwnDatabase}): a class of its own shares with
 * nobody (not even a subclass), the classes of one {@link OwnDatabase#sharedBy} group share with each other only, a
 * {@code @Nested} class with its outer class; and only the context of a class of its own is closed after it.
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

    @OwnDatabase
    static class Outer {
        @Nested
        class Inner {
        }
    }

    private final OwnDatabaseContextCustomizerFactory factory = new OwnDatabaseContextCustomizerFactory();

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
    void onlyTheContextOfATopLevelClassOfItsOwnIsClosedAfterIt() {
        assertThat(OwnDatabaseContextCustomizerFactory.ownedAlone(Alone.class)).isTrue();
        assertThat(OwnDatabaseContextCustomizerFactory.ownedAlone(AloneToo.class)).isTrue();
        assertThat(OwnDatabaseContextCustomizerFactory.ownedAlone(LooksOnly.class)).isFalse();
        assertThat(OwnDatabaseContextCustomizerFactory.ownedAlone(Plain.class)).isFalse();
        assertThat(OwnDatabaseContextCustomizerFactory.ownedAlone(Outer.Inner.class)).as("closed after Outer").isFalse();
    }
}
