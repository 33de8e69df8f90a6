package org.oversight.actionplan.evidence;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.tika.Tika;
import org.oversight.base.InvalidInputException;
import org.oversight.base.Text;
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

    private final Tika tika = new Tika();
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
        return EvidenceType.ALLOWED_SENTENCE + ", up to " + megabytes(maxBytes()) + " each";
    }

    /** @throws InvalidInputException on field {@value #FIELD} with a message naming the file and the problem */
    public CheckedFile check(String originalName, byte[] content) {
        String name = safeName(originalName);
        if (content == null || content.length == 0) {
            throw refuse("“" + name + "” is empty: choose the file again.");
        }
        if (content.length > maxBytes()) {
            throw refuse("“" + name + "” is " + megabytes(content.length) + "; the limit is " + megabytes(maxBytes()) + ".");
        }
        EvidenceType claimed = EvidenceType.byExtension(extension(name)).orElseThrow(() -> refuse(
                "“" + name + "” cannot be kept as evidence: only " + EvidenceType.ALLOWED_SENTENCE + " are accepted."));
        String detected = tika.detect(content, name);
        EvidenceType actual = EvidenceType.byMediaType(detected).orElse(null);
        if (actual == null || !actual.extensions.contains(extension(name)) || !contentConfirms(actual, content)) {
            throw refuse("“" + name + "” is named as a " + claimed.description + " but its content is "
                    + (actual != null && actual != claimed ? "a " + actual.description : "not") + ". Only "
                    + EvidenceType.ALLOWED_SENTENCE + " are accepted, under a name that matches what they are.");
        }
        return new CheckedFile(name, actual.mediaType, content, sha256(content));
    }

    private static boolean contentConfirms(EvidenceType type, byte[] content) {
        return switch (type) {
            case WORD -> zipHas(content, "word/document.xml");
            case EXCEL -> zipHas(content, "xl/workbook.xml");
            case CSV, TEXT -> looksLikeText(content);
            default -> true;
        };
    }

    private static boolean zipHas(byte[] content, String part) {
        Set<String> names = new HashSet<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                names.add(e.getName());
            }
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
        return names.contains("[Content_Types].xml") && names.contains(part);
    }

    /** No control characters other than tab, line ends and form feed: a binary file named .txt fails. */
    private static boolean looksLikeText(byte[] content) {
        for (byte b : content) {
            int c = b & 0xff;
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
                return false;
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
            name = "evidence";
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
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
