package org.oversight.boardpack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.oversight.dashboard.Dashboard;
import org.oversight.dashboard.DashboardFilter;
import org.oversight.dashboard.DashboardService;
import org.oversight.dashboard.chart.ChartKit;
import org.oversight.dashboard.chart.ChartStyle;
import org.oversight.testsupport.DatabaseTest;
import org.oversight.testsupport.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/**
 * The board pack read back with PDFBox: the force's name, the dashboard's own figures, every chart's text
 * alternative, and the structure a screen reader needs (tags, language, title, bookmarks, A4, page numbers).
 */
@DatabaseTest
@Transactional
@WithUserDetails("chief.surrey")
class ChiefOfficerTakesABoardPackToTheMeetingTest {

    @Autowired
    BoardPackService packs;
    @Autowired
    DashboardService dashboard;
    @Autowired
    org.springframework.security.core.userdetails.UserDetailsService users;

    @org.junit.jupiter.api.AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void thePackHasTheForcesFiguresChartsAndTextAlternatives() throws Exception {
        BoardPack pack = packs.make(DashboardFilter.NONE, (p, s) -> { });
        Dashboard d = dashboard.dashboard(DashboardFilter.NONE);

        // kept for looking at (pdftoppm target/board-pack/*.pdf); docs/screenshots/board-pack-page-1.png came from it
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "board-pack"));
        java.nio.file.Files.write(java.nio.file.Path.of("target", "board-pack", pack.fileName()), pack.pdf());
        assertThat(pack.fileName()).matches("board-pack-surrey-police-\\d{4}-\\d{2}-\\d{2}\\.pdf");
        try (PDDocument pdf = Loader.loadPDF(pack.pdf())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("Board pack: Surrey Police");
            assertThat(text).contains(d.headline().open() + " Open recommendations")
                    .contains(d.headline().overdue() + " Overdue")
                    .contains(d.headline().dueSoon() + " Due in the next " + d.headline().dueSoonDays() + " days")
                    .contains(d.headline().plansAwaitingDecision() + " Action plans awaiting a decision");
            for (var data : List.of(d.statusByForce().data(), d.openVsClosed().data(), d.overdueByWatchdog().data(),
                    d.slippage().data(), d.themesByForce().data())) {
                String alt = ChartKit.build(data, ChartStyle.of(ChartStyle.Variant.LIGHT)).altText();
                assertThat(text).contains(alt.replaceAll("\\s+", " "));
            }
            assertThat(text).contains("Overdue recommendations (" + d.headline().overdue() + ")");
            assertThat(text).contains("Page 1 of " + pdf.getNumberOfPages());

            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("en-GB");
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Board pack: Surrey Police");
            assertThat(pdf.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            PDRectangle a4 = pdf.getPage(0).getMediaBox();
            assertThat(a4.getWidth()).isCloseTo(PDRectangle.A4.getWidth(), org.assertj.core.data.Offset.offset(1f));
            assertThat(a4.getHeight()).isCloseTo(PDRectangle.A4.getHeight(), org.assertj.core.data.Offset.offset(1f));

            List<String> tags = new ArrayList<>();
            collect(pdf.getDocumentCatalog().getStructureTreeRoot(), tags);
            assertThat(tags).contains("Document", "H1", "H2", "H3", "P", "Table", "TR", "TH", "TD", "Figure");

            List<String> bookmarks = new ArrayList<>();
            for (PDOutlineItem item : pdf.getDocumentCatalog().getDocumentOutline().children()) {
                bookmarks.add(item.getTitle());
            }
            assertThat(bookmarks).contains("Headline figures", "Charts", "Overdue recommendations", "Due soon");
        }
    }

    @Test
    void theSameFiguresOnTheSameDayGiveTheSameFileWithoutDrawingItAgain() {
        BoardPack first = packs.make(DashboardFilter.NONE, (p, s) -> { });
        BoardPack second = packs.make(DashboardFilter.NONE, (p, s) -> { });
        assertThat(second.dataHash()).isEqualTo(first.dataHash());
        assertThat(second.reused()).isTrue();
        assertThat(second.pdf()).isEqualTo(first.pdf());
    }

    @Test
    @WithUserDetails("surrey")
    void aForceLeadMayNotMakeOne() {
        assertThatThrownBy(() -> packs.make(DashboardFilter.NONE, (p, s) -> { })).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("hmicfrs")
    void aWatchdogMakesTheNationalPackOrOneWatchdogs() throws Exception {
        long t0 = System.nanoTime();
        BoardPack national = packs.make(DashboardFilter.NONE, (p, s) -> System.out.printf("board pack %d%% %s at %d ms%n", p, s,
                (System.nanoTime() - t0) / 1_000_000));
        BoardPack iopc = packs.make(DashboardFilter.NONE.withWatchdog("IOPC"), (p, s) -> { });
        try (PDDocument a = Loader.loadPDF(national.pdf()); PDDocument b = Loader.loadPDF(iopc.pdf())) {
            assertThat(new PDFTextStripper().getText(a)).contains("Board pack: national");
            assertThat(new PDFTextStripper().getText(b)).contains("Board pack: IOPC");
            // kept for looking at: docs/screenshots/board-pack-page-*.png are pages of this one
            pngs(a, java.nio.file.Path.of("target", "board-pack", "national"));
            for (PDDocument pdf : List.of(a, b)) {
                for (int page = 0; page < pdf.getNumberOfPages(); page++) {
                    assertThat(rightmostText(pdf, page)).as("text on page " + (page + 1) + " ends within the right margin")
                            .isLessThanOrEqualTo(RIGHT_MARGIN_AT);
                }
            }
        }
    }

    /** A4 less the 15 mm right margin, in points, with half a point for rounding. */
    static final float RIGHT_MARGIN_AT = PDRectangle.A4.getWidth() - 15f * 72f / 25.4f + 0.5f;

    /**
     * Where the rightmost upright glyph on a page ends, in points from the left edge. Glyphs in a turned frame or
     * placed past the paper's edge (a chart's text the SVG renderer clips) are left out: text that runs past the
     * margin still starts on the paper and is counted.
     */
    static float rightmostText(PDDocument pdf, int page) throws java.io.IOException {
        float[] max = {0};
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<org.apache.pdfbox.text.TextPosition> positions) {
                for (var p : positions) {
                    if (!p.getUnicode().isBlank() && p.getDir() == 0 && p.getXDirAdj() < PDRectangle.A4.getWidth()) {
                        max[0] = Math.max(max[0], p.getXDirAdj() + p.getWidthDirAdj());
                    }
                }
            }
        };
        stripper.setStartPage(page + 1);
        stripper.setEndPage(page + 1);
        stripper.getText(pdf);
        return max[0];
    }

    static void pngs(PDDocument pdf, java.nio.file.Path prefix) throws java.io.IOException {
        java.nio.file.Files.createDirectories(prefix.getParent());
        var renderer = new org.apache.pdfbox.rendering.PDFRenderer(pdf);
        for (int page = 0; page < pdf.getNumberOfPages(); page++) {
            javax.imageio.ImageIO.write(renderer.renderImageWithDPI(page, 96), "png",
                    prefix.resolveSibling(prefix.getFileName() + "-page-" + (page + 1) + ".png").toFile());
        }
    }

    @Test
    @WithUserDetails("hmicfrs")
    void aWatchdogMakesOneForcesPackWithTheFiguresItsChiefOfficerSees() throws Exception {
        BoardPack surrey = packs.make(DashboardFilter.NONE, "SURREY", (p, s) -> { });

        SignIn.as(users, "chief.surrey");
        Dashboard chiefs = dashboard.dashboard(DashboardFilter.NONE);
        assertThat(surrey.fileName()).matches("board-pack-surrey-police-\\d{4}-\\d{2}-\\d{2}\\.pdf");
        try (PDDocument pdf = Loader.loadPDF(surrey.pdf())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("Board pack: Surrey Police")
                    .contains(chiefs.headline().open() + " Open recommendations")
                    .contains(chiefs.headline().overdue() + " Overdue")
                    .contains("Overdue recommendations (" + chiefs.headline().overdue() + ")");
        }
    }

    @Test
    void aChiefOfficerMayNotAskForAnotherForcesPack() {
        assertThatThrownBy(() -> packs.make(DashboardFilter.NONE, "KENT", (p, s) -> { })).isInstanceOf(AccessDeniedException.class);
        assertThat(packs.recipientChoices()).as("no force to choose from").isEmpty();
    }

    @Test
    @WithUserDetails("surrey")
    void aForceLeadMayNotAskForItsOwnForcesPackEither() {
        assertThatThrownBy(() -> packs.make(DashboardFilter.NONE, "SURREY", (p, s) -> { })).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("hmicfrs")
    void anUnknownForceIsRefusedWithAMessage() {
        assertThatThrownBy(() -> packs.make(DashboardFilter.NONE, "NOWHERE", (p, s) -> { }))
                .isInstanceOf(org.oversight.base.InvalidInputException.class)
                .hasMessage("Choose a force or national body from the list.");
    }

    private static void collect(PDStructureNode node, List<String> tags) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement e) {
                tags.add(e.getStandardStructureType());
                collect(e, tags);
            }
        }
    }
}
