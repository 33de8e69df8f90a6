package org.oversight.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextTest {

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\u00A0", "\u2007", "\u202F", "\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF",
            "\u200E\u200F", "\u202E", "\u2066\u2069", "\u00A0\u200B", "\t\n\u3000", "\u3164"})
    void invisibleTextIsBlank(String s) {
        assertThat(Text.isBlank(s)).isTrue();
        assertThat(Text.clean(s)).isEmpty();
        assertThat(Text.cleanOrNull(s)).isNull();
        assertThat(Text.cleanName(s)).isEmpty();
    }

    @Test
    void textKeepsWhatIsInsideAndLosesInvisibleEnds() {
        assertThat(Text.isBlank("\u00A0a")).isFalse();
        assertThat(Text.clean("\uFEFF\u00A0Custody review\u200B\u00A0")).isEqualTo("Custody review");
        assertThat(Text.clean("line one\n\nline two")).isEqualTo("line one\n\nline two");
    }

    @Test
    void namesLoseBidiAndControlCharactersAndExtraSpace() {
        assertThat(Text.cleanName("Alex \u202EnimdA")).isEqualTo("Alex nimdA");
        assertThat(Text.cleanName("invoice\u202Efdp.txt")).isEqualTo("invoicefdp.txt");
        assertThat(Text.cleanName(" Jane\u00A0\u00A0 Smith\u0007\u2066 ")).isEqualTo("Jane Smith");
        assertThat(Text.cleanName("\uD83D\uDC69\u200D\uD83D\uDE92 Fire")).as("a ZWJ emoji keeps its joiner")
                .isEqualTo("\uD83D\uDC69\u200D\uD83D\uDE92 Fire");
    }

    @Test
    void truncationNeverLeavesALoneSurrogateNorSplitsAGrapheme() {
        String officers = "a" + "\uD83D\uDC6E\uD83C\uDFFD".repeat(10); // 1 + 4 units each
        for (int max = 1; max < officers.length(); max++) {
            String cut = Text.truncate(officers, max);
            assertThat(cut.length()).isLessThanOrEqualTo(max);
            assertThat((cut.length() - 1) % 4).as("whole emoji at " + max).isZero();
            assertThat(Character.isHighSurrogate(cut.charAt(cut.length() - 1))).isFalse();
        }
        assertThat(Text.truncate("\uD83D\uDE00\uD83D\uDE00", 3)).isEqualTo("\uD83D\uDE00");
        assertThat(Text.truncate("short", 10)).isEqualTo("short");
    }
}
