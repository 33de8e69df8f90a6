package org.oversight.base.export;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Test side: makes an export in memory and reads it back with the same libraries a spreadsheet user's tools use. */
public final class ExportFiles {

    private ExportFiles() {
    }

    /** A file read back: the header row, then the data rows, every cell as the reader sees it. */
    public record ReadBack(List<String> header, List<List<Object>> rows, byte[] bytes) {

        public List<Object> column(String heading) {
            int i = header.indexOf(heading);
            if (i < 0) {
                throw new IllegalArgumentException("no column " + heading + " in " + header);
            }
            return rows.stream().map(r -> i < r.size() ? r.get(i) : null).toList();
        }
    }

    public static byte[] write(Format format, Consumer<TableWriter> export) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.accept(format.writer(out, "Test"));
        return out.toByteArray();
    }

    public static ReadBack csv(Consumer<TableWriter> export) {
        byte[] bytes = write(Format.CSV, export);
        if (bytes.length < 3 || (bytes[0] & 0xFF) != 0xEF || (bytes[1] & 0xFF) != 0xBB || (bytes[2] & 0xFF) != 0xBF) {
            throw new AssertionError("the CSV does not start with a UTF-8 byte-order mark");
        }
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        try {
            List<CSVRecord> records = CSVFormat.DEFAULT.parse(new StringReader(text)).getRecords();
            List<String> header = records.getFirst().toList();
            List<List<Object>> rows = new ArrayList<>();
            records.stream().skip(1).forEach(r -> rows.add(new ArrayList<>(r.toList())));
            return new ReadBack(header, rows, bytes);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** Reads the first sheet: numbers as Double, dates as LocalDateTime, text as String. */
    public static ReadBack xlsx(Consumer<TableWriter> export) {
        byte[] bytes = write(Format.XLSX, export);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = book.getSheetAt(0);
            List<String> header = new ArrayList<>();
            sheet.getRow(0).forEach(c -> header.add(c.getStringCellValue()));
            List<List<Object>> rows = new ArrayList<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                Object[] cells = new Object[header.size()];
                for (int c = 0; c < header.size() && row != null; c++) {
                    cells[c] = value(row.getCell(c));
                }
                rows.add(Arrays.asList(cells));
            }
            return new ReadBack(header, rows, bytes);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** The sheet itself, for checks on its layout (frozen header, filter, widths). */
    public static XSSFWorkbook workbook(byte[] bytes) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    private static Object value(Cell cell) {
        if (cell == null || cell.getCellType() == CellType.BLANK) {
            return null;
        }
        if (cell.getCellType() == CellType.NUMERIC) {
            if (DateUtil.isCellDateFormatted(cell)) {
                LocalDateTime t = cell.getLocalDateTimeCellValue();
                return t;
            }
            return cell.getNumericCellValue();
        }
        if (cell.getCellType() == CellType.FORMULA) {
            throw new AssertionError("an export must never hold a formula: " + cell.getCellFormula());
        }
        return cell.getStringCellValue();
    }
}
