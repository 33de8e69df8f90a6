package org.oversight.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A person held back by the sign-in throttle is told how long to wait, in words, whatever the address says. */
class HeldBackSignInSaysHowLongToWaitTest {

    @Test
    void secondsUnderTwoMinutesAreSaidInSeconds() {
        assertThat(LoginView.heldBack("30")).isEqualTo("There have been too many wrong passwords for this account. "
                + "Try again in 30 seconds. If you have forgotten your password, ask your administrator to reset it.");
    }

    @Test
    void longerWaitsAreSaidInWholeMinutesRoundedUp() {
        assertThat(LoginView.heldBack("900")).contains("Try again in 15 minutes.");
        assertThat(LoginView.heldBack("121")).contains("Try again in 3 minutes.");
    }

    @Test
    void anAccountLockedEverywhereOrAGarbledAddressGivesNoFigure() {
        assertThat(LoginView.heldBack("")).contains("Try again later.");
        assertThat(LoginView.heldBack("<script>")).contains("Try again later.").doesNotContain("<script>");
        assertThat(LoginView.heldBack("99999999999")).contains("Try again later.");
    }
}
