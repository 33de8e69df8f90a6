package org.oversight.actionplan;

import java.time.LocalDate;
import java.util.List;

/**
 * A progress update as typed: the text, optionally a new progress figure, and evidence files with the date the
 * evidence is from (which may be well before today) and, optionally, when it stops being valid.
 */
public record NewUpdate(String body, Integer progress, LocalDate evidenceDate, LocalDate expiresOn, List<EvidenceUpload> files) {

    public NewUpdate {
        files = files == null ? List.of() : List.copyOf(files);
    }
}
