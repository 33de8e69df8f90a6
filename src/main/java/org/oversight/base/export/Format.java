package org.oversight.base.export;

import java.io.OutputStream;
import org.oversight.base.i18n.Messages;

/** The file types a list can be exported to. */
public enum Format {
    CSV("csv", "text/csv; charset=UTF-8"),
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final String extension;
    private final String contentType;

    Format(String extension, String contentType) {
        this.extension = extension;
        this.contentType = contentType;
    }

    public String extension() {
        return extension;
    }

    public String contentType() {
        return contentType;
    }

    /** "CSV", "Excel (XLSX)", in the reader's language. */
    public String label() {
        return switch (this) {
            case CSV -> Messages.t("base.export.format.csv");
            case XLSX -> Messages.t("base.export.format.xlsx");
        };
    }

    /**
     * The file's name: what it holds and the day it was made, in lower-case ASCII
     * ({@code recommendations-surrey-police-2026-12-01.xlsx}); accents are dropped, anything else becomes a hyphen.
     */
    public String fileName(String what, java.time.LocalDate day) {
        return fileName(what, day, extension);
    }

    /** As {@link #fileName(String, java.time.LocalDate)} for any extension ("pdf"). */
    public static String fileName(String what, java.time.LocalDate day, String extension) {
        String plain = java.text.Normalizer.normalize(what == null ? "" : what, java.text.Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "").toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        if (plain.length() > 80) {
            plain = plain.substring(0, 80).replaceAll("-+$", "");
        }
        return (plain.isEmpty() ? "export" : plain) + "-" + day + "." + extension;
    }

    /** A writer of this format onto the stream; the caller closes the stream after {@link TableWriter#end()}. */
    public TableWriter writer(OutputStream out, String sheetName) {
        return switch (this) {
            case CSV -> new CsvTableWriter(out);
            case XLSX -> new XlsxTableWriter(out, sheetName);
        };
    }
}
