package org.oversight.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * An item's status and dates in tracked_recommendation are written by the register package alone (decision 0006):
 * the workflow moves statuses, the fan-out opens items, and {@code ItemDates} moves dates for clocks, action plans
 * and corrected reports, checking the version and auditing once. Anything else that writes the table would bypass
 * those, so this test reads every production source for a write to it, through the table or a local alias of it.
 */
class OnlyTheRegisterWritesTrackedItemsTest {

    private static final Path REGISTER = Path.of("org/oversight/recommendation");
    private static final TableWriters TRACKED_ITEMS = new TableWriters("TRACKED_RECOMMENDATION", "TrackedRecommendation",
            "tracked_recommendation");

    @Test
    void onlyTheRegisterPackageWritesTrackedRecommendation() throws IOException {
        assertThat(TRACKED_ITEMS.outside(p -> p.startsWith(REGISTER)))
                .as("classes outside the register that write tracked_recommendation").isEmpty();
    }

    @Test
    void theCheckRecognisesTheRegistersOwnWrites() {
        assertThat(writesTrackedItems(TableWriters.read(TableWriters.SOURCES.resolve(REGISTER).resolve("ItemDates.java"))))
                .isTrue();
        assertThat(writesTrackedItems(TableWriters.read(TableWriters.SOURCES.resolve(REGISTER)
                .resolve("RecommendationFanOut.java")))).isTrue();
        assertThat(writesTrackedItems("dsl.update(TRACKED_RECOMMENDATION).set(TRACKED_RECOMMENDATION.DUE_ON, d)")).isTrue();
        assertThat(writesTrackedItems("var t = TRACKED_RECOMMENDATION; dsl.select(t.ID).from(t).fetch();")).isFalse();
    }

    static boolean writesTrackedItems(String source) {
        return TRACKED_ITEMS.writes(source);
    }
}
