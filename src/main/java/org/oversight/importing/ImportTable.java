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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.tika.Tika;
import org.oversight.base.InvalidInputException;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.XMLFilterImpl;

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

    private ImportTable(List<String> header, List<List<String>> rows, String encoding) {
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
            table = xlsx(file, maxRows);
        } else {
            throw refused("Choose a CSV file (.csv) or an Excel workbook (.xlsx).");
        }
        if (table.header.stream().allMatch(h -> h.isBlank())) {
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
                } else if (!cells.stream().allMatch(String::isBlank)) {
                    rows.add(cells);
                    tooMany(rows.size(), maxRows);
                }
            }
        }
        return new ImportTable(header == null ? List.of() : header, rows,
                charset.equals(StandardCharsets.UTF_8) ? "UTF-8" : "Windows-1252");
    }

    /** Text a spreadsheet would run as a formula (=, +, @, or a tab or return first) is marked, never kept. */
    private static String formulaOrValue(String value) {
        if (value == null) {
            return "";
        }
        String stripped = value.stripLeading();
        if (!stripped.isEmpty() && "=+@\t\r".indexOf(stripped.charAt(0)) >= 0 && stripped.length() > 1) {
            return FORMULA;
        }
        return value;
    }

    private static ImportTable xlsx(Path file, int maxRows) {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            var sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw refused("The workbook has no sheet.");
            }
            Rows collector = new Rows(maxRows);
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                FormulaMarker marker = new FormulaMarker(collector);
                marker.setParent(parser);
                marker.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), null, strings, collector,
                        new IsoDates(), false));
                collector.formulas = marker.formulas;
                marker.parse(new InputSource(sheet));
            }
            return new ImportTable(collector.header == null ? List.of() : collector.header, collector.rows, "XLSX");
        } catch (InvalidInputException e) {
            throw e;
        } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException | RuntimeException e) {
            throw refused("The Excel file could not be read (" + rootMessage(e) + "). Save it again from Excel as .xlsx.");
        }
    }

    private static boolean codingProblem(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof CharacterCodingException) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    private static void tooMany(int rows, int maxRows) {
        if (rows > maxRows) {
            throw refused("The file has more than " + maxRows + " rows. Split it into files of at most " + maxRows
                    + " rows and import them one after another.");
        }
    }

    static InvalidInputException refused(String message) {
        return new InvalidInputException("file", message);
    }

    /** Dates in cells come out as 2027-03-31 whatever the cell's format, so that they are read the same everywhere. */
    private static final class IsoDates extends DataFormatter {
        IsoDates() {
            super(Locale.UK);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                LocalDate d = DateUtil.getLocalDateTime(value, use1904).toLocalDate();
                return d.toString();
            }
            return super.formatRawCellContents(value, formatIndex, formatString, use1904);
        }
    }

    /** Notes which cells of the sheet hold a formula (an {@code <f>} element inside the cell). */
    private static final class FormulaMarker extends XMLFilterImpl {
        final Set<String> formulas = new HashSet<>();
        private final Rows rows;
        private String cell;

        FormulaMarker(Rows rows) {
            this.rows = rows;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
            if ("c".equals(localName)) {
                cell = atts.getValue("r");
            } else if ("f".equals(localName) && cell != null) {
                formulas.add(cell);
            }
            super.startElement(uri, localName, qName, atts);
        }
    }

    /** Collects the rows as the sheet streams by, with gaps for empty cells. */
    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {
        final int maxRows;
        List<String> header;
        final List<List<String>> rows = new ArrayList<>();
        Set<String> formulas = Set.of();
        private List<String> current;

        Rows(int maxRows) {
            this.maxRows = maxRows;
        }

        @Override
        public void startRow(int rowNum) {
            current = new ArrayList<>();
        }

        @Override
        public void endRow(int rowNum) {
            if (header == null) {
                header = current;
            } else if (!current.stream().allMatch(s -> s == null || s.isBlank())) {
                rows.add(current);
                tooMany(rows.size(), maxRows);
            }
        }

        @Override
        public void cell(String cellReference, String formattedValue, XSSFComment comment) {
            int column = columnOf(cellReference);
            while (current.size() < column) {
                current.add("");
            }
            current.add(formulas.contains(cellReference) ? FORMULA : formulaOrValue(formattedValue));
        }

        private static int columnOf(String ref) {
            int col = 0;
            for (int i = 0; i < ref.length() && Character.isLetter(ref.charAt(i)); i++) {
                col = col * 26 + (ref.charAt(i) - 'A' + 1);
            }
            return col - 1;
        }
    }
}
