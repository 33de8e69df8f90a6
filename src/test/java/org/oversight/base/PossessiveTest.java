package org.oversight.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** "Fire & Rescue Services's" was a word the issue found: a name ending in s takes only an apostrophe. */
class PossessiveTest {

    @Test
    void aNameEndingInSTakesOnlyAnApostrophe() {
        assertThat(Text.possessive("Surrey Police")).isEqualTo("Surrey Police's");
        assertThat(Text.possessive("HM Inspectorate of Constabulary and Fire & Rescue Services"))
                .isEqualTo("HM Inspectorate of Constabulary and Fire & Rescue Services'");
        assertThat(Text.possessive("IOPC")).isEqualTo("IOPC's");
    }
}
