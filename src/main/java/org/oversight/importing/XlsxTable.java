package org.oversight.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.xml.parsers.ParserConfigurationException;
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
import org.oversight.base.i18n.Messages;
import org.oversight.base.InvalidInputException;
import org.oversight.base.Text;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * The first sheet of an Excel workbook as an {@link ImportTable}, read as a stream (never the whole workbook in
 * memory): dates as 2027-03-31 whatever the cell's format, and cells holding formulas marked.
 */
final class XlsxTable {

    private XlsxTable() {
    }

    static ImportTable read(Path file, int maxRows) {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            var sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw ImportTable.refused(Messages.t("importing.file.no-sheet"));
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
            throw ImportTable.refused(Messages.t("importing.file.xlsx-fault", ImportTable.rootMessage(e)));
        }
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
            } else if (!current.stream().allMatch(Text::isBlank)) {
                rows.add(current);
                ImportTable.tooMany(rows.size(), maxRows);
            }
        }

        @Override
        public void cell(String cellReference, String formattedValue, XSSFComment comment) {
            int column = columnOf(cellReference);
            while (current.size() < column) {
                current.add("");
            }
            current.add(formulas.contains(cellReference) ? ImportTable.FORMULA : ImportTable.formulaOrValue(formattedValue));
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
