package org.oversight.actionplan.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.oversight.actionplan.PlanFixtures;
import org.oversight.base.InvalidInputException;
import org.springframework.util.unit.DataSize;

/** What may be kept as evidence is decided by a file's content, not its name. */
class EvidenceFileCheckTest {

    final EvidenceChecker checker = new EvidenceChecker(new EvidenceProperties(DataSize.ofMegabytes(20), 10));

    @Test
    void aRealPdfIsAcceptedWithItsSha256() {
        byte[] pdf = PlanFixtures.smallPdf();

        CheckedFile file = checker.check("training-register.pdf", pdf);

        assertThat(file.contentType()).isEqualTo("application/pdf");
        assertThat(file.sha256()).hasSize(64).isEqualTo(EvidenceChecker.sha256(pdf));
        assertThat(file.fileName()).isEqualTo("training-register.pdf");
    }

    @Test
    void anExecutableRenamedPdfIsRefused() {
        assertRefused("minutes.pdf", PlanFixtures.windowsExecutable(), "named as a PDF but its content is not");
    }

    @Test
    void aZipRenamedPdfOrDocxIsRefused() throws IOException {
        byte[] zip = zip("payload.bin", "not an office document");
        assertRefused("minutes.pdf", zip, "named as a PDF");
        assertRefused("minutes.docx", zip, "named as a Word document");
    }

    @Test
    void wordAndExcelFilesAreAccepted() throws IOException {
        byte[] docx = zip("[Content_Types].xml", "<Types/>", "word/document.xml", "<w:document/>");
        byte[] xlsx = zip("[Content_Types].xml", "<Types/>", "xl/workbook.xml", "<workbook/>");

        assertThat(checker.check("protocol.docx", docx).contentType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(checker.check("attendance.xlsx", xlsx).contentType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    }

    @Test
    void textCsvPngAndJpegAreAccepted() throws IOException {
        assertThat(checker.check("note.txt", "Briefing issued.\n".getBytes(StandardCharsets.UTF_8)).contentType()).isEqualTo("text/plain");
        assertThat(checker.check("register.csv", "shift,attended\nA,12\n".getBytes(StandardCharsets.UTF_8)).contentType()).isEqualTo("text/csv");
        assertThat(checker.check("poster.png", image("png")).contentType()).isEqualTo("image/png");
        assertThat(checker.check("photo.JPG", image("jpg")).contentType()).isEqualTo("image/jpeg");
    }

    @Test
    void aPngNamedAsAPdfIsRefusedBecauseTheNameMustMatchTheContent() throws IOException {
        assertRefused("report.pdf", image("png"), "its content is a PNG image");
    }

    @Test
    void binaryDataNamedAsTextIsRefused() {
        assertRefused("notes.txt", new byte[] {1, 2, 3, 0, 5, 6}, "named as a text file");
    }

    @Test
    void emptyTooLargeAndUnknownFilesAreRefused() {
        assertRefused("empty.pdf", new byte[0], "is empty");
        EvidenceChecker small = new EvidenceChecker(new EvidenceProperties(DataSize.ofBytes(100), 10));
        assertThatThrownBy(() -> small.check("big.pdf", PlanFixtures.smallPdf()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("larger than the limit of");
        assertRefused("setup.exe", PlanFixtures.windowsExecutable(), "only PDF, Word");
        assertRefused("no-extension", PlanFixtures.smallPdf(), "only PDF, Word");
    }

    @Test
    void pathsAndUnsafeCharactersAreStrippedFromTheName() {
        assertThat(checker.check("C:\\Users\\sam\\..\\\"evil\";.pdf", PlanFixtures.smallPdf()).fileName()).isEqualTo("evil.pdf");
        assertThat(checker.check("../../etc/report.pdf", PlanFixtures.smallPdf()).fileName()).isEqualTo("report.pdf");
    }

    private void assertRefused(String name, byte[] content, String message) {
        assertThatThrownBy(() -> checker.check(name, content))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldMessages()).containsKey("files"))
                .hasMessageContaining(message);
    }

    private static byte[] zip(String... namesAndContents) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i < namesAndContents.length; i += 2) {
                zip.putNextEntry(new ZipEntry(namesAndContents[i]));
                zip.write(namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static byte[] image(String format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), format, out);
        return out.toByteArray();
    }
}
