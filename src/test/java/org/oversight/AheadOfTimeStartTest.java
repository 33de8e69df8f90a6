package org.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.aot.AotDetector;
import org.springframework.core.SpringProperties;

/**
 * A jar built with -Pfast-start uses Spring's ahead-of-time code by itself (decision 0110); everything else, tests
 * and spring-boot:run included, starts as before.
 */
class AheadOfTimeStartTest {

    @Test
    void theCodeIsUsedWhenTheJarCarriesItAndNobodySaidOtherwise() {
        assertThat(OversightTrackerApplication.aheadOfTimeCodeWanted(false, null, true)).isTrue();
    }

    @Test
    void anExplicitSettingWinsEitherWay() {
        assertThat(OversightTrackerApplication.aheadOfTimeCodeWanted(false, "false", true)).isFalse();
        // "true" stays as given: nothing to set
        assertThat(OversightTrackerApplication.aheadOfTimeCodeWanted(false, "true", true)).isFalse();
    }

    @Test
    void notWhileTheBuildMakesTheCodeNorWithoutIt() {
        assertThat(OversightTrackerApplication.aheadOfTimeCodeWanted(true, null, true)).isFalse();
        assertThat(OversightTrackerApplication.aheadOfTimeCodeWanted(false, null, false)).isFalse();
    }

    @Test
    void theTestClassPathHasNoneSoTestsStartAsBefore() {
        String before = System.getProperty(AotDetector.AOT_ENABLED);
        try {
            OversightTrackerApplication.useAheadOfTimeCodeIfBuiltIn();
            assertThat(SpringProperties.getProperty(AotDetector.AOT_ENABLED)).isEqualTo(before);
            assertThat(AotDetector.useGeneratedArtifacts()).isFalse();
        } finally {
            if (before == null) {
                System.clearProperty(AotDetector.AOT_ENABLED);
            }
        }
    }
}
