package org.oversight.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.oversight.notification.internal.JooqHandoffRepository.Addressee;
import org.oversight.notification.internal.JooqHandoffSubjectQuery.Subject;
import org.oversight.notification.internal.MailTemplates;
import org.oversight.recommendation.Handoff;
import org.oversight.recommendation.HandoffKind;

/**
 * Each kind's two templates, rendered with a realistic model (decision 0007): the words a reader sees, the deep
 * link, the note escaped in HTML, the date sentence where dates move, and the deputy's line. The HTML is also written
 * to target/mail-preview/ to be looked at in a browser.
 */
class EveryHandoffKindHasItsMailTest {

    private final HandoffMails mails = new HandoffMails(new MailTemplates(), new Links("https://tracker.example.org/"));
    private final Subject plan = new Subject(7, "Devon and Cornwall Police", 1, "HMICFRS", "/plans/42",
            "the action plan of Devon and Cornwall Police for HMICFRS-2026-CUST-DC (Custody inspection)", "HMICFRS-2026-CUST-DC",
            "Hannah Inspector");
    private final Addressee dana = new Addressee(3, "Dana Pengelly", "devon@example.org");

    @ParameterizedTest
    @EnumSource(HandoffKind.class)
    void theMailSaysWhatHappenedWhatToDoAndWhere(HandoffKind kind) throws IOException {
        Handoff h = new Handoff(kind, 9, 42L, null, "Name an <owner> & a date.", LocalDate.of(2027, 3, 1),
                LocalDate.of(2027, 4, 15), "Audit custody records");

        var mail = mails.write(h, plan, dana, null, null);

        assertThat(mail.subject()).contains("HMICFRS-2026-CUST-DC, Devon and Cornwall Police");
        assertThat(mail.text()).startsWith("Dear Dana Pengelly,\n\n").contains("Hannah Inspector of ")
                .contains("Name an <owner> & a date.").contains("https://tracker.example.org/plans/42")
                .contains("https://tracker.example.org/inbox/settings").doesNotContain("\n\n\n").doesNotContain("[(");
        assertThat(mail.text()).contains("The action was due on 1 March 2027; the new date is 15 April 2027, 45 days later.");
        assertThat(mail.html()).contains("<html lang=\"en\"").contains("<title>" + mail.subject().replace("&", "&amp;") + "</title>")
                .contains("<h1").contains("href=\"https://tracker.example.org/plans/42\"")
                .contains("Name an &lt;owner&gt; &amp; a date.").doesNotContain("<owner>").doesNotContain("th:text").doesNotContain("th:if").doesNotContain("th:replace");
        Path preview = Path.of("target", "mail-preview", HandoffMails.template(kind) + ".html");
        Files.createDirectories(preview.getParent());
        Files.writeString(preview, mail.html());
    }

    @ParameterizedTest
    @EnumSource(value = HandoffKind.class, names = {"PLAN_RETURNED", "CLAIM_VERIFIED"})
    void aDeputyIsToldWhoseMailItIs(HandoffKind kind) {
        Handoff h = Handoff.onPlan(kind, 9, 42, null);
        var mail = mails.write(h, plan, new Addressee(4, "Chris Deputy", "chris@example.org"), dana, LocalDate.of(2027, 1, 8));

        assertThat(mail.text()).startsWith("Dear Chris Deputy,\n\nYou receive this for Dana Pengelly, whose mail you cover until 8 January 2027.");
        assertThat(mail.html()).contains("whose mail you cover until <span>8 January 2027</span>");
        assertThat(mail.text()).doesNotContain("The action was due on");
    }
}
