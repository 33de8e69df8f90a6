package org.oversight.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.oversight.demo.DemoAccounts;
import org.oversight.testsupport.OwnDatabase;

/** Each demo account signs in through the real login page and lands in the shell with its own name and role. */
@OwnDatabase(sharedBy = BrowserJourney.ONLY_LOOKING)
class EveryDemoAccountSignsInTest extends BrowserJourney {

    static Stream<String> usernames() {
        return DemoAccounts.ALL.stream().map(DemoAccounts.Account::username);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("usernames")
    void signsInAndSeesTheShell(String username) {
        DemoAccounts.Account account = DemoAccounts.ALL.stream().filter(a -> a.username().equals(username)).findFirst()
                .orElseThrow();

        signIn(username);

        assertThat(page.locator("vaadin-app-layout .user-name").innerText()).isEqualTo(account.displayName());
        assertThat(page.locator("vaadin-app-layout .user-role").innerText()).startsWith(account.role().label());
        assertThat(page.locator("main h1, h1").first().innerText()).isEqualTo("Welcome, " + account.displayName());
        assertThat(page.title()).isEqualTo("Home · Oversight Tracker");
        screenshot("home");
    }
}
