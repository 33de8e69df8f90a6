package org.oversight.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.oversight.base.i18n.Language;

/**
 * The trail's "field: before → after" reads stored codes as the screens label them, in the reader's language: a status
 * as the register or the plan page says it, a role, a priority, yes or no, and dates with the reader's month names.
 */
class AuditValuesReadInTheReadersLanguageTest {

    @Test
    void codesReadAsTheScreensLabelThemInWelsh() {
        assertThat(Language.WELSH.speak(() -> AuditWords.changes(
                "{\"dueOn\":\"2027-03-31\",\"status\":\"PLAN_AWAITED\"}",
                "{\"dueOn\":\"2027-06-30\",\"status\":\"IN_PROGRESS\"}")))
                .containsExactly("Dyddiad dyledus: 31 Maw 2027 → 30 Meh 2027",
                        "Statws: Cynllun gweithredu yn ddyledus → Ar y gweill");
        assertThat(Language.WELSH.speak(() -> AuditWords.changes("{\"status\":\"DRAFT\"}", "{\"status\":\"SUBMITTED\"}")))
                .as("a plan's status, as the plan page says it")
                .containsExactly("Statws: Drafft → Yn aros am benderfyniad y corff gwarchod");
        assertThat(Language.WELSH.speak(() -> AuditWords.changes(
                "{\"enabled\":true,\"organisationId\":\"4\",\"role\":\"WATCHDOG\"}",
                "{\"enabled\":false,\"organisationId\":\"4\",\"role\":\"FORCE_LEAD\"}")))
                .containsExactly("Gweithredol: Ie → Na", "Rôl: Staff y corff gwarchod → Arweinydd yr heddlu");
        assertThat(Language.WELSH.speak(() -> AuditWords.changes(null,
                "{\"kind\":\"CAUSE_OF_CONCERN\",\"priority\":\"HIGH\",\"feed\":\"on\"}")))
                .containsExactly("Ffrwd calendr: — → ymlaen", "Math: — → Achos pryder", "Blaenoriaeth: — → Uchel");
    }

    @Test
    void theSameCodesReadInEnglishAsBefore() {
        assertThat(Language.ENGLISH.speak(() -> AuditWords.changes("{\"status\":\"PLAN_AWAITED\",\"enabled\":true}",
                "{\"status\":\"IN_PROGRESS\",\"enabled\":false}")))
                .containsExactly("Active: Yes → No", "Status: Action plan due → In progress");
        assertThat(Language.ENGLISH.speak(() -> AuditWords.changes(null, "{\"status\":\"SOMETHING_OLDER\"}")))
                .as("a code no screen labels any more still reads as words").containsExactly("Status: — → Something older");
    }
}
