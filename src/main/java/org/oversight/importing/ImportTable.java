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
            throw refused("The file could not be read. Upload it again.");
        }
        if (size == 0) {
            throw refused("The file is empty. Download the template, fill it in and upload it.");
        }
        String type = detect(file);
        ImportTable table;
        if (name.endsWith(".csv")) {
            if (!type.startsWith("text/")) {
                throw refused("“" + fileName + "” is called a CSV file but is not one (it is " + describe(type)
                        + "). Save it as CSV, or upload the Excel file as .xlsx.");
            }
            table = csv(file, maxRows);
        } else if (name.endsWith(".xlsx")) {
            if (!type.equals("application/zip") && !type.contains("ooxml") && !type.contains("openxmlformats")) {
                throw refused("“" + fileName + "” is called an Excel file but is not one (it is " + describe(type)
                        + "). Save it from Excel as an .xlsx workbook.");
            }
            table = XlsxTable.read(file, maxRows);
        } else {
            throw refused("Choose a CSV file (.csv) or an Excel workbook (.xlsx).");
        }
        if (table.header.stream().allMatch(Text::isBlank)) {
            throw refused("The file is empty. Download the template, fill it in and upload it.");
        }
        if (table.rows.isEmpty()) {
            throw refused("The file has a header row but no rows under it.");
        }
        return table;
    }

    private static String detect(Path file) {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            return TIKA.detect(in.readNBytes(8192));
        } catch (IOException e) {
            throw refused("The file could not be read. Upload it again.");
        }
    }

    private static String describe(String type) {
        return switch (type) {
            case "application/pdf" -> "a PDF";
            case "application/zip", "application/x-tika-ooxml" -> "a zipped or Office file";
            case "application/x-msdownload", "application/x-dosexec" -> "a program";
            default -> type.startsWith("image/") ? "an image" : type.startsWith("text/") ? "text" : "a file of type " + type;
        };
    }

    private static ImportTable csv(Path file, int maxRows) {
        try {
            return csv(file, StandardCharsets.UTF_8, maxRows);
        } catch (IOException | IllegalStateException | java.io.UncheckedIOException e) {
            if (!codingProblem(e)) {
                throw refused("The CSV file could not be read: " + rootMessage(e) + ". Save it again as CSV (UTF-8).");
            }
        }
        // not UTF-8: what Excel on Windows saves as "CSV"
        try {
            return csv(file, Charset.forName("windows-1252"), maxRows);
        } catch (IOException | IllegalStateException | java.io.UncheckedIOException e) {
            throw refused("The CSV file could not be read. Save it again as CSV (UTF-8) and upload it.");
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
                charset.equals(StandardCharsets.UTF_8) ? "UTF-8" : "Windows-1252");
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
            throw refused("The file has more than " + maxRows + " rows. Split it into files of at most " + maxRows
                    + " rows and import them one after another.");
        }
    }

    static InvalidInputException refused(String message) {
        return new InvalidInputException("file", message);
    }
}
