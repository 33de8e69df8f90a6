package org.oversight.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.oversight.base.i18n.Language;
import org.oversight.notification.internal.JooqHandoffRepository.Addressee;
import org.oversight.notification.internal.JooqHandoffSubjectQuery.Subject;
import org.oversight.notification.internal.MailTemplates;
import org.oversight.recommendation.Handoff;
import org.oversight.recommendation.HandoffKind;

/** A handoff mail written in Welsh: Welsh words, Welsh dates and Welsh counts, in the subject and both parts. */
class HandoffMailsInWelshTest {

    private final HandoffMails mails = new HandoffMails(new MailTemplates(), new Links("https://tracker.example.org/"));
    private final Subject plan = new Subject(7, "Heddlu Dyfed-Powys", 1, "HMICFRS", "/plans/42",
            "cynllun gweithredu Heddlu Dyfed-Powys ar gyfer HMICFRS-2026-CUST-DP (Arolygiad dalfa)",
            "HMICFRS-2026-CUST-DP", "Hannah Inspector");
    private final Addressee dafydd = new Addressee(3, "Dafydd Jones", "dafydd@example.org");

    @Test
    void aNewDueDateRefusedReadsInWelshWithWelshDatesAndCounts() {
        Handoff h = new Handoff(HandoffKind.REVISION_REFUSED, 9, 42L, null, "Mae'r dyddiad yn rhy hwyr.",
                LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 3), "Archwilio cofnodion y ddalfa");

        var mail = Language.WELSH.speak(() -> mails.write(h, plan, dafydd, null, null));

        assertThat(mail.subject()).isEqualTo("Dyddiad dyledus newydd wedi'i wrthod: Archwilio cofnodion y ddalfa "
                + "(HMICFRS-2026-CUST-DP, Heddlu Dyfed-Powys)");
        assertThat(mail.text()).startsWith("Annwyl Dafydd Jones,\n\n")
                .contains("Mae Hannah Inspector (HMICFRS) wedi gwrthod dyddiad dyledus newydd y cam gweithredu "
                        + "“Archwilio cofnodion y ddalfa” yn cynllun gweithredu Heddlu Dyfed-Powys")
                .contains("Y rheswm a roddwyd:\nMae'r dyddiad yn rhy hwyr.")
                .contains("Roedd y cam gweithredu yn ddyledus ar 1 Mawrth 2027; y dyddiad newydd yw 3 Mawrth 2027, "
                        + "2 ddiwrnod yn hwyrach.")
                .contains("Agor y cynllun gweithredu: https://tracker.example.org/plans/42")
                .doesNotContain("Dear").doesNotContain("[notification");
        assertThat(mail.html()).contains("<html lang=\"cy\"").contains("Mae eich dyddiad dyledus newydd wedi&#39;i wrthod</h1>")
                .contains("2 ddiwrnod yn hwyrach").doesNotContain("Dear");
    }

    @Test
    void aDeputyReadsWhoseMailItIsInWelsh() {
        Handoff h = Handoff.onPlan(HandoffKind.PLAN_RETURNED, 9, 42, null);

        var mail = Language.WELSH.speak(() -> mails.write(h, plan, new Addressee(4, "Ceri Dirprwy", "ceri@example.org"),
                dafydd, LocalDate.of(2027, 1, 8)));

        assertThat(mail.text()).startsWith("Annwyl Ceri Dirprwy,\n\nRydych chi'n cael hwn ar ran Dafydd Jones, ac "
                + "rydych chi'n gofalu am ei bost tan 8 Ionawr 2027.");
        assertThat(mail.html()).contains("gofalu am ei bost tan <span>8 Ionawr 2027</span>").doesNotContain("th:block");
    }
}
