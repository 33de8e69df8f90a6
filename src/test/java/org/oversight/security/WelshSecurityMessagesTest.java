package org.oversight.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.oversight.base.i18n.Language;

/** A Welsh reader is told about passwords, roles and access in Welsh; English readers read what they read before. */
class WelshSecurityMessagesTest {

    final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void passwordRulesSpeakWelsh() {
        assertThat(Language.WELSH.speak(() -> policy.problem("demo"))).get().asString()
                .startsWith("Defnyddiwch o leiaf 12 nod (mae 4 yn hwn).");
        assertThat(Language.WELSH.speak(() -> policy.problem(""))).contains("Rhowch gyfrinair.");
        assertThat(Language.WELSH.speak(() -> policy.problem("1q2w3e4r5t6y"))).get().asString()
                .contains("ar restr o gyfrineiriau cyffredin");
        assertThat(Language.WELSH.speak(() -> policy.problem("oversighttracker"))).get().asString()
                .contains("eich enw eich hun");
    }

    @Test
    void aTooEasyPasswordGetsWelshAdviceNotZxcvbnsEnglish() {
        String english = Language.ENGLISH.speak(() -> policy.problem("qwertyuiop12")).orElseThrow();
        String welsh = Language.WELSH.speak(() -> policy.problem("qwertyuiop12")).orElseThrow();
        assertThat(english).startsWith("This password");
        assertThat(welsh).startsWith("Mae'r cyfrinair hwn").doesNotContain("keyboard").doesNotContain("Add ");
    }

    @Test
    void rolesAndTokenScopesHaveWelshNames() {
        assertThat(Language.WELSH.speak(Role.FORCE_LEAD::label)).isEqualTo("Arweinydd yr heddlu");
        assertThat(Language.WELSH.speak(Role.WATCHDOG::label)).isEqualTo("Staff y corff gwarchod");
        assertThat(Role.CHIEF_OFFICER.label()).isEqualTo("Chief officer");
        assertThat(Language.WELSH.speak(ApiTokenScope.READ_WRITE::label)).isEqualTo("Darllen ac ysgrifennu");
    }
}
