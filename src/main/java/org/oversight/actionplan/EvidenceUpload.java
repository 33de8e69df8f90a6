package org.oversight.actionplan;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.Serializable;
import java.nio.file.Files;
import org.springframework.core.io.InputStreamSource;

/**
 * A file as received from the browser, before it has been checked: its name, its size, and where to read it from.
 * An upload lives in a temporary file ({@link #of(String, File)}); nothing holds it whole in memory.
 */
public record EvidenceUpload(String fileName, long size, Content content) {

    /** Opens the file's bytes afresh each time. */
    @FunctionalInterface
    public interface Content extends InputStreamSource, Serializable {
    }

    /** A small file given as bytes (imports, tests). */
    public EvidenceUpload(String fileName, byte[] bytes) {
        this(fileName, bytes == null ? 0 : bytes.length, bytes(bytes == null ? new byte[0] : bytes));
    }

    /** A file received into {@code file}, which the caller deletes when the upload is done with. */
    public static EvidenceUpload of(String fileName, File file) {
        return new EvidenceUpload(fileName, file.length(), () -> Files.newInputStream(file.toPath()));
    }

    private static Content bytes(byte[] bytes) {
        return () -> new ByteArrayInputStream(bytes);
    }
}
