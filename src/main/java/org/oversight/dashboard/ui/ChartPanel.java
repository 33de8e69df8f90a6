package org.oversight.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import java.util.function.Function;
import org.oversight.base.ui.ExportMenu;
import org.oversight.base.ui.NarrowScreens;
import org.oversight.dashboard.TableLinks;
import org.oversight.dashboard.chart.ChartStyle.Variant;
import org.oversight.dashboard.chart.RenderedChart;

/**
 * One chart on the page: its title, the image, the one-sentence text alternative shown as a caption, and a toggle
 * that shows the same figures as a table. With nothing to draw, the empty-state sentence stands alone.
 */
class ChartPanel extends Section {


    ChartPanel(String name, Function<Variant, RenderedChart> render, ChartTheme theme, TableLinks links,
               java.time.LocalDate today) {
        addClassName("chart-panel");
        setId("chart-" + name);
        RenderedChart chart = render.apply(ChartImage.main(theme));
        H3 title = new H3(chart.title());
        title.addClassName("chart-title");
        add(title);
        if (chart.empty()) {
            addClassName("empty");
            Paragraph empty = new Paragraph(chart.altText());
            empty.addClassName("chart-empty");
            add(empty);
            return;
        }
        Component image = ChartImage.of(chart, render, theme, name);
        // the image's alt already says this to screen readers; the caption is for everyone else
        Paragraph caption = new Paragraph(chart.altText());
        caption.addClassName("chart-caption");
        caption.getElement().setAttribute("aria-hidden", "true");
        Div tableSlot = new Div();
        tableSlot.addClassName("chart-table-slot");
        tableSlot.setVisible(false);
        Button toggle = new Button(getTranslation("dashboard.chart.show-table"));
        toggle.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        toggle.addClassName("chart-toggle");
        // the table is built the first time it is needed: most visits never open it, and every open dashboard would
        // otherwise keep five tables' worth of components in its session (docs/performance.md, "Capacity")
        Runnable buildTable = () -> {
            if (tableSlot.getComponentCount() == 0) {
                tableSlot.add(table(chart, links, today));
            }
        };
        // a phone shows the table instead of the chart (the stylesheet hides the chart there)
        NarrowScreens.whenNarrow(this, () -> {
            buildTable.run();
            tableSlot.setVisible(true);
        });
        toggle.addClickListener(e -> {
            buildTable.run();
            boolean showTable = !tableSlot.isVisible();
            tableSlot.setVisible(showTable);
            image.setVisible(!showTable);
            caption.setVisible(!showTable);
            toggle.setText(getTranslation(showTable ? "dashboard.chart.show-chart" : "dashboard.chart.show-table"));
        });
        // the chart draws its own title, so the heading is kept for screen readers and the outline only
        title.addClassName("visually-hidden");
        Div actions = new Div(toggle);
        actions.addClassName("chart-actions");
        add(actions, image, caption, tableSlot);
    }

    private static ChartTableView table(RenderedChart chart, TableLinks links, java.time.LocalDate today) {
        ChartTableView table = new ChartTableView(chart.title(), chart.table(), links);
        // the table's figures come from the service call that drew the chart, so the file holds what the chart shows
        table.addComponentAsFirst(new ExportMenu(() -> today, chart::title,
                out -> chart.table().writeTo(out, chart.altText())));
        return table;
    }
}
