package org.oversight.importing.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.nio.file.Path;
import java.util.function.IntConsumer;
import org.oversight.base.SubmissionKey;
import org.oversight.importing.ImportPreview;
import org.oversight.importing.RecommendationImport;
import org.oversight.report.RecommendationForm;
import org.oversight.report.ReportRow;
import org.oversight.security.Role;

/**
 * Watchdog staff import a report's recommendations from a spreadsheet: choose the report, download a template, upload
 * the file, read the preview, then save all rows or none.
 */
@Route("import")
@PageTitle("Import recommendations · Oversight Tracker")
@Menu(order = 45, title = "Import", icon = "vaadin:upload")
@RolesAllowed(Role.WATCHDOG_NAME)
class ImportView extends ImportPage<RecommendationForm> {

    private final RecommendationImport imports;
    private final ComboBox<ReportRow> report = new ComboBox<>("Report");

    ImportView(RecommendationImport imports) {
        super(RecommendationImport.MAX_ROWS);
        this.imports = imports;
        addClassName("import-view");
        setMaxWidth("90rem");
        add(new H1("Import recommendations"));
        add(new Paragraph("Add a report's recommendations from a spreadsheet: one row for each recommendation, with who it "
                + "is addressed to (named forces or national bodies separated by semicolons, or “All forces”), its kind, "
                + "priority and themes. You see every row before anything is saved, and then all rows are saved or none."));

        report.setItems(imports.reports());
        report.setItemLabelGenerator(r -> r.reference() + " – " + r.title());
        report.setWidth("min(40rem, 100%)");
        report.setHelperText("Your watchdog's reports");
        report.addValueChangeListener(e -> clear());

        Anchor csv = template("Download the CSV template", "recommendations-template.csv", "text/csv; charset=UTF-8",
                RecommendationImport::csvTemplate);
        Anchor xlsx = template("Download the Excel template", "recommendations-template.xlsx", XLSX_TYPE,
                imports::xlsxTemplate);
        HorizontalLayout templates = new HorizontalLayout(csv, xlsx);
        templates.setWrap(true);
        add(report, templates);
        addImportParts();
    }

    @Override
    Long target() {
        ReportRow chosen = report.getValue();
        report.setInvalid(chosen == null);
        if (chosen == null) {
            report.setErrorMessage("Choose the report the recommendations belong to, then upload the file again.");
            return null;
        }
        return chosen.id();
    }

    @Override
    ImportPreview<RecommendationForm> preview(long target, String fileName, Path file, IntConsumer progress) {
        return imports.preview(target, fileName, file, progress);
    }

    @Override
    int save(ImportPreview<RecommendationForm> preview, SubmissionKey key, IntConsumer progress) {
        return imports.save(preview, key, progress);
    }

    @Override
    String noun(int count) {
        return count == 1 ? "recommendation" : "recommendations";
    }

    @Override
    Anchor openSaved(long target) {
        return new Anchor("reports/" + target, "Open the report");
    }

    @Override
    int wideColumn() {
        return 3;
    }
}
