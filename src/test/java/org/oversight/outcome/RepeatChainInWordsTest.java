package org.oversight.outcome;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The chain in words, as the item page says it. */
class RepeatChainInWordsTest {

    private static ChainStep step(long id, String watchdog, int year, LinkKind kind) {
        return new ChainStep(id, watchdog, LocalDate.of(year, 6, 1), "R-" + id, "1", "text", kind, null);
    }

    @Test
    void firstMadeThenRepeatedTwiceBySameWatchdog() {
        var chain = new RepeatChain(1, List.of(step(1, "IPCC", 2015, null), step(2, "HMICFRS", 2019, LinkKind.REPEATS),
                step(3, "HMICFRS", 2023, LinkKind.REPEATS)));
        assertThat(chain.inWords()).isEqualTo("First made by the IPCC in 2015; repeated by HMICFRS in 2019 and 2023.");
    }

    @Test
    void differentKindsAndWatchdogsAreSaidInTurn() {
        var chain = new RepeatChain(1, List.of(step(1, "HMIC", 2014, null), step(2, "IOPC", 2019, LinkKind.BUILDS_ON),
                step(3, "HMICFRS", 2021, LinkKind.REPEATS), step(4, "HMICFRS", 2022, LinkKind.REPEATS),
                step(5, "HMICFRS", 2024, LinkKind.REPEATS)));
        assertThat(chain.inWords()).isEqualTo("First made by HMIC in 2014; built on by the IOPC in 2019; "
                + "repeated by HMICFRS in 2021, 2022 and 2024.");
    }

    @Test
    void aRecommendationLinkedToNoneHasNoChain() {
        var chain = new RepeatChain(1, List.of(step(1, "IPCC", 2015, null)));
        assertThat(chain.isLinked()).isFalse();
        assertThat(chain.inWords()).isEmpty();
    }
}
