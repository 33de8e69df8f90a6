package org.oversight.actionplan;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.oversight.base.i18n.Messages;

/**
 * A file kept as evidence. evidenceDate is when the thing it shows happened; uploadedAt is when it reached us.
 * The bytes are fetched only by the download at {@code /evidence/{id}}.
 */
public record EvidenceEntry(long id, String fileName, String contentType, long sizeBytes, String sha256,
                            LocalDate evidenceDate, LocalDate expiresOn, OffsetDateTime uploadedAt, String uploadedBy) {

    /** Past its expiry date: the one definition every screen and reminder uses (the expiry day itself is still valid). */
    public boolean expired(LocalDate today) {
        return expiresOn != null && expiresOn.isBefore(today);
    }

    public String downloadPath() {
        return "evidence/" + id;
    }

    public String sizeText() {
        if (sizeBytes < 1024) {
            return Messages.t("actionplan.evidence.bytes", sizeBytes);
        }
        if (sizeBytes < 1024 * 1024) {
            return (sizeBytes + 512) / 1024 + " KB";
        }
        return String.format(java.util.Locale.UK, "%.1f MB", sizeBytes / (1024.0 * 1024.0));
    }
}
