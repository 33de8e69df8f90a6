package org.oversight.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The downloadable templates: CSV (UTF-8 with a byte-order mark, which Excel needs) and Excel, with example rows. */
final class Templates {

    private Templates() {
    }

    /** The header and example rows as CSV; cells with commas, quotes or line breaks are quoted. */
    static byte[] csv(List<String> columns, List<List<String>> examples) {
        StringBuilder csv = new StringBuilder("\uFEFF").append(line(columns));
        examples.forEach(row -> csv.append(line(row)));
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String line(List<String> cells) {
        return String.join(",", cells.stream().map(Templates::quoted).toList()) + "\r\n";
    }

    private static String quoted(String cell) {
        return cell.contains(",") || cell.contains("\"") || cell.contains("\n") ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
    }

    /**
     * A workbook whose first sheet holds the header and example rows, and a second sheet, "Valid values", listing
     * under each heading the values a column takes.
     */
    static byte[] xlsx(String sheetName, List<String> columns, List<List<String>> examples, Map<String, List<String>> validValues) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = book.createSheet(sheetName);
            write(sheet.createRow(0), columns);
            for (int r = 0; r < examples.size(); r++) {
                write(sheet.createRow(r + 1), examples.get(r));
            }
            var values = book.createSheet("Valid values"); // i18n-ok: the import file format (decision 0093)
            int r = 0;
            for (var entry : validValues.entrySet()) {
                values.createRow(r++).createCell(0).setCellValue(entry.getKey());
                for (String value : entry.getValue()) {
                    values.createRow(r++).createCell(0).setCellValue(value);
                }
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void write(org.apache.poi.ss.usermodel.Row row, List<String> cells) {
        for (int c = 0; c < cells.size(); c++) {
            row.createCell(c).setCellValue(cells.get(c));
        }
    }
}
