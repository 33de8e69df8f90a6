package org.oversight.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.oversight.db.Tables.APP_USER;

import java.time.Clock;
import java.time.LocalDate;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.oversight.actionplan.PlanFixtures;
import org.oversight.base.InvalidInputException;
import org.oversight.recommendation.HandoffKind;
import org.oversight.testsupport.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

@DatabaseTest
@Transactional
@WithUserDetails("surrey")
class ChoosingADeputyTest {

    @Autowired NotificationSettingsService settings;
    @Autowired PlanFixtures fx;
    @Autowired DSLContext dsl;
    @Autowired Clock clock;

    @Test
    void aColleagueOfTheSameForceCoversTheDatesGiven() {
        LocalDate today = LocalDate.now(clock);
        long chief = fx.userId("chief.surrey");
        assertThat(settings.possibleDeputies()).extracting(NotificationSettingsService.Colleague::id).contains(chief)
                .doesNotContain(fx.userId("surrey"), fx.userId("devon"));

        settings.setCover(chief, today, today.plusDays(7));

        assertThat(settings.cover()).hasValueSatisfying(c -> {
            assertThat(c.deputyName()).isEqualTo("Chief Constable, Surrey");
            assertThat(c.endsOn()).isEqualTo(today.plusDays(7));
        });
        settings.endCover();
        assertThat(settings.cover()).isEmpty();
    }

    @Test
    void theUserThemselvesIsRefused() {
        LocalDate today = LocalDate.now(clock);
        assertThatThrownBy(() -> settings.setCover(fx.userId("surrey"), today, today.plusDays(3)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldMessages())
                        .containsEntry("deputy", "Choose someone else: you cannot cover your own mail."));
        assertThat(settings.cover()).isEmpty();
    }

    @Test
    void someoneFromAnotherOrganisationIsRefused() {
        LocalDate today = LocalDate.now(clock);
        assertThatThrownBy(() -> settings.setCover(fx.userId("devon"), today, today.plusDays(3)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldMessages())
                        .containsEntry("deputy", "Choose someone from Surrey Police."));
        assertThat(settings.cover()).isEmpty();
    }

    @Test
    void anInactiveAccountIsRefused() {
        LocalDate today = LocalDate.now(clock);
        long chief = fx.userId("chief.surrey");
        dsl.update(APP_USER).set(APP_USER.ENABLED, false).where(APP_USER.ID.eq(chief)).execute();
        assertThatThrownBy(() -> settings.setCover(chief, today, today.plusDays(3)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldMessages().get("deputy"))
                        .contains("not active"));
        assertThat(settings.possibleDeputies()).extracting(NotificationSettingsService.Colleague::id).doesNotContain(chief);
    }

    @Test
    void datesMustMakeSense() {
        LocalDate today = LocalDate.now(clock);
        long chief = fx.userId("chief.surrey");
        assertThatThrownBy(() -> settings.setCover(chief, today.plusDays(5), today.plusDays(2)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldMessages())
                        .containsEntry("endsOn", "The last day must be on or after the first day."));
        assertThatThrownBy(() -> settings.setCover(chief, null, null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldMessages())
                        .containsKeys("startsOn", "endsOn"));
    }

    @Test
    void eachPersonChoosesOnlyAmongTheKindsAddressedToThem() {
        assertThat(settings.channels()).containsKeys(HandoffKind.PLAN_RETURNED, HandoffKind.CLAIM_VERIFIED)
                .doesNotContainKey(HandoffKind.PLAN_SUBMITTED).containsValue(Channel.EMAIL);
        settings.setChannel(HandoffKind.PLAN_ACCEPTED, Channel.DIGEST);
        assertThat(settings.channels()).containsEntry(HandoffKind.PLAN_ACCEPTED, Channel.DIGEST);
        assertThatThrownBy(() -> settings.setChannel(HandoffKind.PLAN_SUBMITTED, Channel.IN_APP))
                .isInstanceOf(InvalidInputException.class);
    }
}
