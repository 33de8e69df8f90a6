package org.oversight.base.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.oversight.base.i18n.Messages;

/**
 * An Excel workbook written row by row with POI's streaming workbook (decision 0030): only the last
 * {@value #WINDOW} rows are in memory, the rest in a compressed temporary file that is deleted when the workbook
 * closes. Real dates and numbers, a bold header row that stays in view and carries filters, and column widths fitted
 * to the longest value seen (up to a limit). Cells are never formulas, so typed text cannot run.
 */
public final class XlsxTableWriter implements TableWriter {

    static final int WINDOW = 200;
    /** Excel's own limit on a cell's text. */
    static final int MAX_CELL = 32_767;
    private static final int MAX_WIDTH_CHARS = 60;

    private final OutputStream out;
    private final SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
    private final SXSSFSheet sheet;
    private final CellStyle dateStyle;
    private final CellStyle dateTimeStyle;
    private final CellStyle headerStyle;
    private final CellStyle wrapStyle;
    private int[] widths;
    private int nextRow;

    public XlsxTableWriter(OutputStream out, String sheetName) {
        this.out = out;
        workbook.setCompressTempFiles(true);
        sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(sheetName == null ? Messages.t("base.export.sheet") : sheetName));
        var format = workbook.getCreationHelper().createDataFormat();
        dateStyle = workbook.createCellStyle();
        dateStyle.setDataFormat(format.getFormat("dd/mm/yyyy"));
        dateTimeStyle = workbook.createCellStyle();
        dateTimeStyle.setDataFormat(format.getFormat("dd/mm/yyyy hh:mm")); // i18n-ok: a format pattern
        headerStyle = workbook.createCellStyle();
        Font bold = workbook.createFont();
        bold.setBold(true);
        headerStyle.setFont(bold);
        wrapStyle = workbook.createCellStyle();
        wrapStyle.setWrapText(true);
    }

    @Override
    public void begin(List<Table.Heading> headings) {
        widths = new int[headings.size()];
        Row row = sheet.createRow(nextRow++);
        for (int i = 0; i < headings.size(); i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(headings.get(i).text());
            cell.setCellStyle(headerStyle);
            widths[i] = Math.max(headings.get(i).text().length() + 3, switch (headings.get(i).kind()) {
                case DATE -> 11;
                case DATE_TIME -> 17;
                default -> 6;
            });
        }
        sheet.createFreezePane(0, 1);
    }

    @Override
    public void row(List<?> cells) {
        Row row = sheet.createRow(nextRow++);
        for (int i = 0; i < cells.size(); i++) {
            Object v = cells.get(i);
            if (v == null) {
                continue;
            }
            Cell cell = row.createCell(i);
            switch (v) {
                case Number n -> cell.setCellValue(n.doubleValue());
                case LocalDate d -> {
                    cell.setCellValue(d);
                    cell.setCellStyle(dateStyle);
                }
                case OffsetDateTime t -> {
                    cell.setCellValue(t.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime());
                    cell.setCellStyle(dateTimeStyle);
                }
                default -> {
                    String text = v instanceof Enum<?> e ? e.name() : v.toString();
                    if (text.length() > MAX_CELL) {
                        int end = Character.isHighSurrogate(text.charAt(MAX_CELL - 2)) ? MAX_CELL - 2 : MAX_CELL - 1;
                        text = text.substring(0, end) + "…";
                    }
                    cell.setCellValue(text);
                    if (text.length() > MAX_WIDTH_CHARS || text.indexOf('\n') >= 0) {
                        cell.setCellStyle(wrapStyle);
                    }
                    widths[i] = Math.max(widths[i], Math.min(MAX_WIDTH_CHARS, text.length() + 2));
                }
            }
            if (v instanceof Number n) {
                widths[i] = Math.max(widths[i], Math.min(MAX_WIDTH_CHARS, n.toString().length() + 2));
            }
        }
    }

    @Override
    public void note(String text) {
        sheet.createRow(nextRow++).createCell(0).setCellValue(text);
        if (widths.length > 0) {
            widths[0] = Math.max(widths[0], Math.min(MAX_WIDTH_CHARS, text.length()));
        }
    }

    @Override
    public void end() {
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, widths[i] * 256);
        }
        if (widths.length > 0) {
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, nextRow - 1), 0, widths.length - 1));
        }
        try (workbook) {
            workbook.write(out);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
