package org.oversight.actionplan.evidence;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.oversight.base.i18n.Messages;

/** The kinds of file accepted as evidence, with the names people know them by and their usual extensions. */
enum EvidenceType {
    PDF("application/pdf", "actionplan.evidence.type.pdf", "pdf"),
    WORD_97("application/msword", "actionplan.evidence.type.word", "doc"),
    WORD("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "actionplan.evidence.type.word", "docx"),
    EXCEL_97("application/vnd.ms-excel", "actionplan.evidence.type.excel", "xls"),
    EXCEL("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "actionplan.evidence.type.excel", "xlsx"),
    CSV("text/csv", "actionplan.evidence.type.csv", "csv"),
    TEXT("text/plain", "actionplan.evidence.type.text", "txt"),
    PNG("image/png", "actionplan.evidence.type.png", "png"),
    JPEG("image/jpeg", "actionplan.evidence.type.jpeg", "jpg", "jpeg");


    final String mediaType;
    /** The key of its name in the bundles ("Word document"). */
    private final String descriptionKey;
    final List<String> extensions;

    EvidenceType(String mediaType, String descriptionKey, String... extensions) {
        this.mediaType = mediaType;
        this.descriptionKey = descriptionKey;
        this.extensions = List.of(extensions);
    }

    /** The name people know it by, in the reader's language. */
    String description() {
        return Messages.t(descriptionKey);
    }

    /** Every kind accepted, in a sentence: "PDF, Word (.doc, .docx), … and JPEG files". */
    static String allowedSentence() {
        return Messages.t("actionplan.evidence.allowed");
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
