package org.oversight.actionplan.evidence;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import org.apache.tika.Tika;
import org.oversight.base.InvalidInputException;
import org.oversight.base.Text;
import org.oversight.base.i18n.Messages;
import org.springframework.core.io.InputStreamSource;
import org.springframework.stereotype.Component;

/**
 * Decides whether a file may be kept as evidence. The type is read from the content (Tika's magic bytes, with the
 * name only refining it), and the name's extension must agree with it: an executable or an archive renamed
 * {@code .pdf} is refused. Office Open XML files are opened far enough to see that they really are Word or Excel
 * documents, because to tika-core any ZIP archive named {@code .docx} looks like one.
 */
@Component
public class EvidenceChecker {

    public static final String FIELD = "files";
    private static final int MAX_NAME = 255;
    private static final int BUFFER = 64 * 1024;

    /** Tika reads its whole table of types when made (about 0.1 s of a start): made at the first file checked. */
    private static final class Detector {
        static final Tika TIKA = new Tika();
    }

    private final EvidenceProperties properties;

    EvidenceChecker(EvidenceProperties properties) {
        this.properties = properties;
    }

    public long maxBytes() {
        return properties.maxSize().toBytes();
    }

    public int maxFiles() {
        return properties.maxFilesPerUpdate();
    }

    /** The extensions to offer in a file picker, e.g. ".pdf". */
    public List<String> acceptedExtensions() {
        return EvidenceType.allExtensions();
    }

    public String allowedSentence() {
        return Messages.t("actionplan.evidence.allowed-up-to", EvidenceType.allowedSentence(), megabytes(maxBytes()));
    }

    /** @throws InvalidInputException on field {@value #FIELD} with a message naming the file and the problem */
    public CheckedFile check(String originalName, byte[] content) {
        byte[] bytes = content == null ? new byte[0] : content;
        return check(originalName, bytes.length, () -> new ByteArrayInputStream(bytes));
    }

    /**
     * Checks a file read from {@code content} (each check opens it afresh, so it may be a temporary file of any size
     * up to the limit: nothing here holds the whole file in memory). The bytes read must number {@code size}.
     *
     * @throws InvalidInputException on field {@value #FIELD} with a message naming the file and the problem
     */
    public CheckedFile check(String originalName, long size, InputStreamSource content) {
        String name = safeName(originalName);
        if (size <= 0) {
            throw refuse(Messages.t("actionplan.evidence.empty", name));
        }
        if (size > maxBytes()) {
            throw tooLarge(name, size);
        }
        EvidenceType claimed = EvidenceType.byExtension(extension(name)).orElseThrow(() -> refuse(
                Messages.t("actionplan.evidence.not-accepted", name, EvidenceType.allowedSentence())));
        try {
            String detected;
            try (InputStream in = new BufferedInputStream(content.getInputStream())) {
                detected = Detector.TIKA.detect(in, name);
            }
            EvidenceType actual = EvidenceType.byMediaType(detected).orElse(null);
            if (actual == null || !actual.extensions.contains(extension(name)) || !contentConfirms(actual, content)) {
                throw refuse(actual != null && actual != claimed
                        ? Messages.t("actionplan.evidence.content-is-other", name, claimed.description(), actual.description(),
                                EvidenceType.allowedSentence())
                        : Messages.t("actionplan.evidence.content-is-not", name, claimed.description(),
                                EvidenceType.allowedSentence()));
            }
            MessageDigest digest = sha256Digest();
            long read = 0;
            try (InputStream in = content.getInputStream()) {
                byte[] buffer = new byte[BUFFER];
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    digest.update(buffer, 0, n);
                    read += n;
                    if (read > maxBytes()) {
                        throw tooLarge(name, read);
                    }
                }
            }
            if (read != size) {
                throw refuse(Messages.t("actionplan.evidence.changed", name));
            }
            return new CheckedFile(name, actual.mediaType, size, content, HexFormat.of().formatHex(digest.digest()));
        } catch (IOException e) {
            throw refuse(Messages.t("actionplan.evidence.unreadable", name));
        }
    }

    private InvalidInputException tooLarge(String name, long size) {
        return refuse(size > maxBytes() ? Messages.t("actionplan.evidence.over-limit", name, megabytes(maxBytes()))
                : Messages.t("actionplan.evidence.too-large", name, megabytes(size)));
    }

    private static boolean contentConfirms(EvidenceType type, InputStreamSource content) throws IOException {
        return switch (type) {
            case WORD -> zipHas(content, "word/document.xml");
            case EXCEL -> zipHas(content, "xl/workbook.xml");
            case CSV, TEXT -> looksLikeText(content);
            default -> true;
        };
    }

    private static boolean zipHas(InputStreamSource content, String part) throws IOException {
        Set<String> names = new HashSet<>();
        try (ZipInputStream zip = new ZipInputStream(new BufferedInputStream(content.getInputStream()))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                names.add(e.getName());
            }
        } catch (ZipException | IllegalArgumentException e) {
            return false;
        }
        return names.contains("[Content_Types].xml") && names.contains(part);
    }

    /** No control characters other than tab, line ends and form feed: a binary file named .txt fails. */
    private static boolean looksLikeText(InputStreamSource content) throws IOException {
        try (InputStream in = content.getInputStream()) {
            byte[] buffer = new byte[BUFFER];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                for (int i = 0; i < n; i++) {
                    int c = buffer[i] & 0xff;
                    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /** The last path segment without characters that are unsafe in a header or a file system, at most 255 long. */
    static String safeName(String original) {
        String name = original == null ? "" : original;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = Text.cleanName(name.replaceAll("[\\p{Cntrl}\"<>:|?*;]", ""));
        while (name.startsWith(".")) {
            name = name.substring(1);
        }
        if (name.isEmpty()) {
            name = "evidence"; // i18n-ok: a file name
        }
        if (name.length() > MAX_NAME) {
            String ext = extension(name);
            name = ext.isEmpty() || ext.length() > 16 ? Text.truncate(name, MAX_NAME)
                    : Text.truncate(name.substring(0, name.length() - ext.length() - 1), MAX_NAME - ext.length() - 1) + "." + ext;
        }
        return name;
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    static String megabytes(long bytes) {
        double mb = bytes / (1024.0 * 1024.0);
        return mb >= 10 || mb == Math.rint(mb) ? Math.round(mb) + " MB" : String.format(Locale.UK, "%.1f MB", mb);
    }

    private static InvalidInputException refuse(String message) {
        return new InvalidInputException(FIELD, message);
    }

    public static String sha256(byte[] content) {
        return HexFormat.of().formatHex(sha256Digest().digest(content));
    }

    private static MessageDigest sha256Digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
