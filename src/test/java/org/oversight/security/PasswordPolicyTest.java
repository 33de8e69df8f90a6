package org.oversight.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void shortPasswordsAreRefusedWithTheirLength() {
        assertThat(policy.problem("demo")).get().asString().contains("at least 12").contains("this has 4");
        assertThat(policy.problem("")).contains("Enter a password.");
        assertThat(policy.problem(null)).contains("Enter a password.");
    }

    @ParameterizedTest(name = "\"{0}\" is refused as common or guessable")
    @ValueSource(strings = {"password1234", "123456789012", "qwertyuiop12", "iloveyou1234", "passwordpassword",
            "football1234", "1q2w3e4r5t6y", "Password1234"})
    void commonAndGuessablePasswordsAreRefused(String password) {
        assertThat(policy.problem(password)).isPresent();
    }

    @Test
    void aPasswordFromTheCommonListSaysSo() {
        assertThat(policy.problem("1q2w3e4r5t6y")).get().asString().contains("list of common passwords");
    }

    @Test
    void thePersonsOwnNameAndTheApplicationsNameCountAsGuessable() {
        assertThat(policy.problem("oversighttracker")).get().asString().contains("own name");
        assertThat(policy.problem("okafor.samuel.1", "sam.okafor", "Samuel Okafor", "sam.okafor@surrey.police.uk"))
                .get().asString().contains("own name");
        assertThat(policy.problem("okafor.samuel.1")).as("someone else's name is fine").isEmpty();
    }

    @ParameterizedTest(name = "\"{0}\" is accepted")
    @ValueSource(strings = {"blue-kettle-orbit-7", "Correct horse battery", "Tr0ub4dor&3xyz", "lantern under the quay"})
    void longUnrelatedWordsAreAccepted(String password) {
        assertThat(policy.problem(password, "sam.okafor", "Sam Okafor")).isEmpty();
    }

    @Test
    void overLongPasswordsAreRefusedIncludingBeyondBcryptsBytes() {
        assertThat(policy.problem("kettle-".repeat(10))).get().asString().contains("at most 64");
        assertThat(policy.problem("ééééééééééééééééééééééééééééééééééééé")).get().asString().contains("at most 64");
    }
}
