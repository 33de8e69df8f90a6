package org.oversight.dashboard.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import java.util.List;
import org.oversight.dashboard.TableLinks;
import org.oversight.dashboard.chart.ChartTable;

/**
 * A chart's figures as an HTML table: column headers, the first cell of each row as its row header, and cells that
 * lead to the register as links. Scrolls sideways inside its box when it is wider than the page.
 */
class ChartTableView extends Div {

    ChartTableView(String caption, ChartTable data, TableLinks links) {
        addClassName("chart-table-wrap");
        NativeTable table = new NativeTable();
        table.addClassName("chart-table");
        table.setCaptionText(caption);
        NativeTableHeader head = table.getHead();
        NativeTableRow headRow = head.addRow();
        for (String header : data.headers()) {
            NativeTableHeaderCell th = headRow.addHeaderCell();
            th.setText(header);
            th.getElement().setAttribute("scope", "col");
        }
        NativeTableBody body = table.getBody();
        for (List<String> row : data.rows()) {
            NativeTableRow tr = body.addRow();
            for (int column = 0; column < row.size(); column++) {
                String header = data.headers().get(column);
                String text = row.get(column);
                var cell = column == 0 ? tr.addHeaderCell() : tr.addDataCell();
                if (column == 0) {
                    cell.getElement().setAttribute("scope", "row");
                } else if (isNumber(text)) {
                    cell.addClassName("number");
                }
                links.href(row, column, header).ifPresentOrElse(
                        href -> cell.add(new Anchor(href, text)),
                        () -> cell.setText(text));
            }
        }
        add(table);
    }

    private static boolean isNumber(String text) {
        return !text.isEmpty() && text.chars().allMatch(c -> Character.isDigit(c) || c == '.' || c == '%' || c == '-');
    }
}
