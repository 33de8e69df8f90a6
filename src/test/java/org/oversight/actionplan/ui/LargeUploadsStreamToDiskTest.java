package org.oversight.actionplan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.streams.UploadEvent;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The evidence upload handler writes to a temporary file as bytes arrive and stops at the limit. The uploads here
 * are generated as they are read (nothing holds 25 MB), and the handler's own allocations are measured with the
 * JVM's per-thread allocation counter: Vaadin's in-memory handler allocated at least the whole file.
 */
class LargeUploadsStreamToDiskTest {

    static final long LIMIT = 20L * 1024 * 1024;
    static final long MB = 1024 * 1024;

    final List<File> received = new ArrayList<>();
    final List<String> refused = new ArrayList<>();
    final LimitedUploadHandler handler = new LimitedUploadHandler(LIMIT, (name, file) -> received.add(file), refused::add);

    @AfterEach
    void deleteReceived() throws IOException {
        for (File f : received) {
            Files.deleteIfExists(f.toPath());
        }
    }

    @Test
    void aFileOverTheLimitIsCutOffWithAMessageAndLeavesNoFileBehind() throws IOException {
        List<Path> before = temporaryUploads();
        Upload upload = new Upload("minutes.pdf", -1, new Generated(25 * MB));

        long allocated = allocatedBy(() -> handler.handleUploadRequest(upload));

        assertThat(received).isEmpty();
        assertThat(refused).singleElement().asString().isEqualTo(
                "“minutes.pdf” is larger than the limit of 20 MB: choose a smaller file, or split it.");
        assertThat(upload.isRejected()).isTrue();
        assertThat(upload.source.read).as("reading stops just past the limit").isLessThanOrEqualTo(LIMIT + 64 * 1024);
        assertThat(temporaryUploads()).as("the partial file is deleted").isEqualTo(before);
        System.out.printf("25 MB upload refused; the handler allocated %d KB%n", allocated / 1024);
        assertThat(allocated).as("bytes allocated while streaming 25 MB").isLessThan(2 * MB);
    }

    @Test
    void aDeclaredSizeOverTheLimitIsRefusedBeforeAnythingIsRead() throws IOException {
        Upload upload = new Upload("huge.pdf", 200 * MB, new Generated(200 * MB));

        handler.handleUploadRequest(upload);

        assertThat(upload.source.read).isZero();
        assertThat(upload.isRejected()).isTrue();
        assertThat(refused).singleElement().asString().contains("“huge.pdf” is larger than the limit of 20 MB");
        assertThat(received).isEmpty();
    }

    @Test
    void aFileWithinTheLimitArrivesWholeInATemporaryFileWithoutBeingHeldInMemory() throws IOException {
        Upload upload = new Upload("register.pdf", 15 * MB, new Generated(15 * MB));

        long allocated = allocatedBy(() -> handler.handleUploadRequest(upload));

        assertThat(refused).isEmpty();
        assertThat(upload.isRejected()).isFalse();
        assertThat(received).singleElement().satisfies(f -> assertThat(f.length()).isEqualTo(15 * MB));
        System.out.printf("15 MB upload received to disk; the handler allocated %d KB%n", allocated / 1024);
        assertThat(allocated).isLessThan(2 * MB);
    }

    interface Action {
        void run() throws IOException;
    }

    static long allocatedBy(Action action) throws IOException {
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long start = threads.getCurrentThreadAllocatedBytes();
        action.run();
        return threads.getCurrentThreadAllocatedBytes() - start;
    }

    static List<Path> temporaryUploads() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(p -> p.getFileName().toString().startsWith("ot-upload-")).sorted().toList();
        }
    }

    /** An upload as Vaadin hands it over: a name, the declared size (-1 when unknown) and the request body. */
    static final class Upload extends UploadEvent {
        final Generated source;

        Upload(String name, long declaredSize, Generated source) {
            super(null, null, null, name, declaredSize, "application/pdf", null, null);
            this.source = source;
        }

        @Override
        public InputStream getInputStream() {
            return source;
        }

        @Override
        public UI getUI() {
            return null;
        }
    }

    /** A PDF-looking body of the given length, produced as it is read. */
    static final class Generated extends InputStream {
        final long length;
        long read;

        Generated(long length) {
            this.length = length;
        }

        @Override
        public int read() {
            return read < length ? (int) (read++ % 251) : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (read >= length) {
                return -1;
            }
            int n = (int) Math.min(len, length - read);
            for (int i = 0; i < n; i++) {
                b[off + i] = (byte) ((read + i) % 251);
            }
            read += n;
            return n;
        }
    }
}
