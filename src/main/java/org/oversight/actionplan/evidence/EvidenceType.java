package org.oversight.actionplan.evidence;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The kinds of file accepted as evidence, with the names people know them by and their usual extensions. */
enum EvidenceType {
    PDF("application/pdf", "PDF", "pdf"),
    WORD_97("application/msword", "Word document", "doc"),
    WORD("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word document", "docx"),
    EXCEL_97("application/vnd.ms-excel", "Excel workbook", "xls"),
    EXCEL("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Excel workbook", "xlsx"),
    CSV("text/csv", "CSV file", "csv"),
    TEXT("text/plain", "text file", "txt"),
    PNG("image/png", "PNG image", "png"),
    JPEG("image/jpeg", "JPEG image", "jpg", "jpeg");

    static final String ALLOWED_SENTENCE = "PDF, Word (.doc, .docx), Excel (.xls, .xlsx), CSV, text (.txt), PNG and JPEG files";

    final String mediaType;
    final String description;
    final List<String> extensions;

    EvidenceType(String mediaType, String description, String... extensions) {
        this.mediaType = mediaType;
        this.description = description;
        this.extensions = List.of(extensions);
    }

    static Optional<EvidenceType> byMediaType(String mediaType) {
        return Arrays.stream(values()).filter(t -> t.mediaType.equals(mediaType)).findFirst();
    }

    static Optional<EvidenceType> byExtension(String extension) {
        return Arrays.stream(values()).filter(t -> t.extensions.contains(extension)).findFirst();
    }

    static List<String> allExtensions() {
        return Arrays.stream(values()).flatMap(t -> t.extensions.stream()).map(e -> "." + e).toList();
    }

    boolean isText() {
        return this == CSV || this == TEXT;
    }
}
