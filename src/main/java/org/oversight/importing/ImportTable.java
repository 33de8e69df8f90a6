package org.oversight.importing;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.tika.Tika;
import org.oversight.base.InvalidInputException;
import org.oversight.base.Text;
import org.oversight.base.i18n.Messages;

/**
 * The rows of an uploaded CSV or XLSX file, read as a stream (the first sheet of a workbook; a CSV in UTF-8, or in
 * Windows-1252 when it is not valid UTF-8), with the header row's names. The file must be what its name says (checked
 * by its content with Tika). Cells holding spreadsheet formulas are marked, so that the import can refuse them.
 * Refusals of the file as a whole are {@link InvalidInputException}s on field "file".
 */
public final class ImportTable {

    /** A cell that held a formula in the workbook, or text that a spreadsheet would run as one. */
    public static final String FORMULA = "\u0000formula\u0000";

    private static final Tika TIKA = new Tika();

    private final List<String> header;
    private final List<List<String>> rows;
    private final String encoding;

    ImportTable(List<String> header, List<List<String>> rows, String encoding) {
        this.header = header;
        this.rows = rows;
        this.encoding = encoding;
    }

    public List<String> header() {
        return header;
    }

    /** Data rows; row i is row {@code i + 2} of the file (row 1 is the header). */
    public List<List<String>> rows() {
        return rows;
    }

    /** "UTF-8", "Windows-1252" or "XLSX". */
    public String encoding() {
        return encoding;
    }

    public static ImportTable read(String fileName, Path file, int maxRows) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw refused(Messages.t("importing.file.unreadable"));
        }
        if (size == 0) {
            throw refused(Messages.t("importing.file.empty"));
        }
        String type = detect(file);
        ImportTable table;
        if (name.endsWith(".csv")) {
            if (!type.startsWith("text/")) {
                throw refused(Messages.t("importing.file.not-csv", fileName, describe(type)));
            }
            table = csv(file, maxRows);
        } else if (name.endsWith(".xlsx")) {
            if (!type.equals("application/zip") && !type.contains("ooxml") && !type.contains("openxmlformats")) {
                throw refused(Messages.t("importing.file.not-xlsx", fileName, describe(type)));
            }
            table = XlsxTable.read(file, maxRows);
        } else {
            throw refused(Messages.t("importing.file.wrong-type"));
        }
        if (table.header.stream().allMatch(Text::isBlank)) {
            throw refused(Messages.t("importing.file.empty"));
        }
        if (table.rows.isEmpty()) {
            throw refused(Messages.t("importing.file.no-rows"));
        }
        return table;
    }

    private static String detect(Path file) {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            return TIKA.detect(in.readNBytes(8192));
        } catch (IOException e) {
            throw refused(Messages.t("importing.file.unreadable"));
        }
    }

    private static String describe(String type) {
        return switch (type) {
            case "application/pdf" -> Messages.t("importing.file.is-pdf");
            case "application/zip", "application/x-tika-ooxml" -> Messages.t("importing.file.is-zip");
            case "application/x-msdownload", "application/x-dosexec" -> Messages.t("importing.file.is-program");
            default -> type.startsWith("image/") ? Messages.t("importing.file.is-image")
                    : type.startsWith("text/") ? Messages.t("importing.file.is-text") : Messages.t("importing.file.is-type", type);
        };
    }

    private static ImportTable csv(Path file, int maxRows) {
        try {
            return csv(file, StandardCharsets.UTF_8, maxRows);
        } catch (IOException | IllegalStateException | java.io.UncheckedIOException e) {
            if (!codingProblem(e)) {
                throw refused(Messages.t("importing.file.csv-fault", rootMessage(e)));
            }
        }
        // not UTF-8: what Excel on Windows saves as "CSV"
        try {
            return csv(file, Charset.forName("windows-1252"), maxRows);
        } catch (IOException | IllegalStateException | java.io.UncheckedIOException e) {
            throw refused(Messages.t("importing.file.csv-unreadable"));
        }
    }

    private static ImportTable csv(Path file, Charset charset, int maxRows) throws IOException {
        // UTF-8 must be exactly right (else the file is read as Windows-1252, where every byte means something)
        CodingErrorAction action = charset.equals(StandardCharsets.UTF_8) ? CodingErrorAction.REPORT : CodingErrorAction.REPLACE;
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(action).onUnmappableCharacter(action);
        List<String> header = null;
        List<List<String>> rows = new ArrayList<>();
        try (Reader reader = new InputStreamReader(Files.newInputStream(file), decoder)) {
            for (CSVRecord record : CSVFormat.DEFAULT.parse(reader)) {
                List<String> cells = new ArrayList<>(record.size());
                for (String value : record) {
                    cells.add(formulaOrValue(value));
                }
                if (header == null) {
                    if (!cells.isEmpty()) {
                        cells.set(0, cells.getFirst().replace("\uFEFF", ""));
                    }
                    header = cells;
                } else if (!cells.stream().allMatch(Text::isBlank)) {
                    rows.add(cells);
                    tooMany(rows.size(), maxRows);
                }
            }
        }
        return new ImportTable(header == null ? List.of() : header, rows,
                charset.equals(StandardCharsets.UTF_8) ? "UTF-8" : "Windows-1252"); // i18n-ok: names of encodings
    }

    /** Text a spreadsheet would run as a formula (=, +, @, or a tab or return first) is marked, never kept. */
    static String formulaOrValue(String value) {
        if (value == null) {
            return "";
        }
        String stripped = value.stripLeading();
        if (!stripped.isEmpty() && "=+@\t\r".indexOf(stripped.charAt(0)) >= 0 && stripped.length() > 1) {
            return FORMULA;
        }
        return value;
    }

    private static boolean codingProblem(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof CharacterCodingException) {
                return true;
            }
        }
        return false;
    }

    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    static void tooMany(int rows, int maxRows) {
        if (rows > maxRows) {
            throw refused(Messages.t("importing.file.too-many-rows", String.valueOf(maxRows)));
        }
    }

    static InvalidInputException refused(String message) {
        return new InvalidInputException("file", message);
    }
}
