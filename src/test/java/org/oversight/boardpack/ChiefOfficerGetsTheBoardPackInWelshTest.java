package org.oversight.boardpack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.oversight.base.Formats;
import org.oversight.base.InvalidInputException;
import org.oversight.base.i18n.Language;
import org.oversight.dashboard.Dashboard;
import org.oversight.dashboard.DashboardFilter;
import org.oversight.dashboard.DashboardService;
import org.oversight.testsupport.DatabaseTest;
import org.oversight.testsupport.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** A chief officer who reads Welsh gets the board pack written in Welsh: its headings, figures, dates and rules. */
@DatabaseTest
@Transactional
@WithUserDetails("chief.surrey")
class ChiefOfficerGetsTheBoardPackInWelshTest {

    @Autowired
    BoardPackService packs;
    @Autowired
    DashboardService dashboard;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void thePackIsWrittenInWelsh() throws Exception {
        BoardPack pack = Language.WELSH.speak(() -> packs.make(DashboardFilter.NONE, (p, s) -> { }));
        Dashboard d = dashboard.dashboard(DashboardFilter.NONE);
        String welshToday = Language.WELSH.speak(() -> Formats.longDate(d.today()));
        assertThat(welshToday).isNotEqualTo(Formats.longDate(d.today()));

        try (PDDocument pdf = Loader.loadPDF(pack.pdf())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("Pecyn bwrdd: Surrey Police", "Prif ffigurau",
                    d.headline().open() + " Argymhellion ar agor",
                    "Ffigurau fel yr oedden nhw ar " + welshToday + ".",
                    "Argymhellion hwyr (" + d.headline().overdue() + ")",
                    "Tudalen 1 o " + pdf.getNumberOfPages());
            // Welsh keeps the noun singular after a number: "30 diwrnod", never "30 days"
            assertThat(text).contains(d.headline().dueSoon() + " Yn ddyledus yn ystod y "
                    + Language.WELSH.speak(() -> org.oversight.base.i18n.Messages.t("base.days", d.headline().dueSoonDays()))
                    + " nesaf");
            assertThat(text).doesNotContain("Headline figures").doesNotContain("Board pack:");
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("cy-GB");
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Pecyn bwrdd: Surrey Police");
        }
    }

    @Test
    void anUnknownRecipientIsRefusedInWelsh() {
        assertThatThrownBy(() -> Language.WELSH.speak(() -> packs.make(DashboardFilter.NONE, "NO_SUCH_FORCE", (p, s) -> { })))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Dewiswch heddlu neu gorff cenedlaethol o'r rhestr.");
    }

    @Test
    void aTwoDayWindowMutatesInWelsh() {
        assertThat(Language.WELSH.speak(() -> org.oversight.base.i18n.Messages.t("boardpack.figure.due-in", 2)))
                .isEqualTo("Yn ddyledus yn ystod y 2 ddiwrnod nesaf");
        assertThat(org.oversight.base.i18n.Messages.t(Language.ENGLISH, "boardpack.figure.due-in", 1))
                .isEqualTo("Due in the next 1 day");
    }
}
