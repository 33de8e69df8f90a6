package org.oversight.actionplan.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.Command;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import org.oversight.base.i18n.Language;
import org.oversight.base.i18n.Messages;

/**
 * Receives each uploaded file into a temporary file, counting bytes as they arrive: the moment a file passes
 * {@code maxBytes} the copy stops, the partial file is deleted and the upload is rejected with a message the person
 * sees. A declared size over the limit is refused before anything is read. Memory use is one 64 KB buffer per
 * upload, whatever the size of the file (Vaadin's in-memory handler held the whole file, and the browser's size
 * limit is only a property a user can change). The receiver owns the temporary file and deletes it when done.
 */
public final class LimitedUploadHandler implements UploadHandler {

    /** Called in the UI's session with a file that is within the limit; it must delete the file when done with it. */
    @FunctionalInterface
    public interface Received extends Serializable {
        void accept(String fileName, File file);
    }

    /** Called in the UI's session with a message that names the file and the limit. */
    @FunctionalInterface
    public interface Refused extends Serializable {
        void accept(String message);
    }

    private static final int BUFFER = 64 * 1024;

    private final long maxBytes;
    private final Received received;
    private final Refused refused;

    public LimitedUploadHandler(long maxBytes, Received received, Refused refused) {
        this.maxBytes = maxBytes;
        this.received = received;
        this.refused = refused;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        String name = event.getFileName();
        UI ui = event.getUI();
        if (event.getFileSize() > maxBytes) {
            refuse(event, ui, name);
            return;
        }
        Path file = Files.createTempFile("ot-upload-", ".part");
        boolean kept = false;
        try {
            if (copyWithin(event.getInputStream(), file)) {
                kept = true;
                inSession(ui, () -> received.accept(name, file.toFile()));
            } else {
                refuse(event, ui, name);
            }
        } finally {
            if (!kept) {
                Files.deleteIfExists(file);
            }
        }
    }

    /** Copies at most {@code maxBytes}; false (and the rest unread) as soon as the input holds more. */
    private boolean copyWithin(InputStream source, Path target) throws IOException {
        long total = 0;
        byte[] buffer = new byte[BUFFER];
        try (InputStream in = source; OutputStream out = Files.newOutputStream(target)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                total += n;
                if (total > maxBytes) {
                    return false;
                }
                out.write(buffer, 0, n);
            }
        }
        return true;
    }

    private void refuse(UploadEvent event, UI ui, String name) {
        String message = Messages.t(ui == null ? Language.current() : Language.of(ui.getLocale()),
                "actionplan.evidence.over-limit", name, megabytes(maxBytes));
        event.reject(message);
        inSession(ui, () -> refused.accept(message));
    }

    /** Runs at once when this thread already holds the session (or there is no UI), otherwise through the UI. */
    private static void inSession(UI ui, Command command) {
        if (ui == null || ui.getSession().hasLock()) {
            command.execute();
        } else {
            ui.access(command);
        }
    }

    private static String megabytes(long bytes) {
        return Math.round(bytes / (1024.0 * 1024.0)) + " MB";
    }
}
