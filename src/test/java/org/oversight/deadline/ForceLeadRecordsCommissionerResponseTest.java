package org.oversight.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.oversight.db.Tables.CLOCK;
import static org.oversight.db.Tables.CLOCK_RESPONSE_LINK;
import static org.oversight.db.Tables.ORGANISATION;

import java.time.Clock;
import java.time.LocalDate;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oversight.base.InvalidInputException;
import org.oversight.testsupport.DatabaseTest;
import org.oversight.testsupport.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

/**
 * The commissioner's published response meets its clock (Police Act 1996 s55) and may be recorded by the force's
 * lead as well as the watchdog (decision 0010); another force's lead may not, and the link must be a web address.
 */
@DatabaseTest
@Transactional
class ForceLeadRecordsCommissionerResponseTest {

    @Autowired ClockService clocks;
    @Autowired UserDetailsService users;
    @Autowired DSLContext dsl;
    @Autowired Clock clock;

    long clockId;
    LocalDate startsOn;

    @BeforeEach
    void anUnansweredCommissionerClockOfSurrey() {
        var c = dsl.select(CLOCK.ID, CLOCK.STARTS_ON).from(CLOCK).join(ORGANISATION).on(ORGANISATION.ID.eq(CLOCK.ORGANISATION_ID))
                .where(CLOCK.RULE.eq(ClockRule.PCC_RESPONSE)).and(ORGANISATION.CODE.eq("SURREY"))
                .orderBy(CLOCK.ID).limit(1).fetchSingle();
        clockId = c.value1();
        startsOn = c.value2();
        dsl.update(CLOCK).set(CLOCK.MET_ON, (LocalDate) null).where(CLOCK.ID.eq(clockId)).execute();
        dsl.deleteFrom(CLOCK_RESPONSE_LINK).where(CLOCK_RESPONSE_LINK.CLOCK_ID.eq(clockId)).execute();
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    int version() {
        return dsl.select(CLOCK.VERSION).from(CLOCK).where(CLOCK.ID.eq(clockId)).fetchSingle().value1();
    }

    @Test
    void surreysLeadRecordsTheResponseWithItsLinkAndTheClockStops() {
        SignIn.as(users, "surrey");
        LocalDate published = startsOn.plusDays(40);

        clocks.recordMet(clockId, version(), published, " https://www.surrey-pcc.gov.uk/hmicfrs-response ");

        assertThat(dsl.select(CLOCK.MET_ON).from(CLOCK).where(CLOCK.ID.eq(clockId)).fetchSingle().value1())
                .isEqualTo(published);
        assertThat(dsl.select(CLOCK_RESPONSE_LINK.LINK).from(CLOCK_RESPONSE_LINK)
                .where(CLOCK_RESPONSE_LINK.CLOCK_ID.eq(clockId)).fetchSingle().value1())
                .isEqualTo("https://www.surrey-pcc.gov.uk/hmicfrs-response");
    }

    @Test
    void anotherForcesLeadMayNotAndABadLinkIsRefusedOnTheField() {
        SignIn.as(users, "devon");
        assertThatThrownBy(() -> clocks.recordMet(clockId, version(), startsOn.plusDays(40), null))
                .isInstanceOf(AccessDeniedException.class);

        SignIn.as(users, "surrey");
        assertThatThrownBy(() -> clocks.recordMet(clockId, version(), startsOn.plusDays(40), "surrey pcc website"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldMessages()).containsKey("link"));
        assertThat(dsl.select(CLOCK.MET_ON).from(CLOCK).where(CLOCK.ID.eq(clockId)).fetchSingle().value1()).isNull();
    }
}
