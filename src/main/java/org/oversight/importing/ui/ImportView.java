package org.oversight.importing.ui;

import org.oversight.base.ui.BuiltOnEntry;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.HasDynamicTitle;
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
@Menu(order = 45, title = "importing.recommendations.menu", icon = "vaadin:upload") // a message key, said by the layout in the reader's language
@RolesAllowed(Role.WATCHDOG_NAME)
class ImportView extends ImportPage<RecommendationForm> implements HasDynamicTitle, BuiltOnEntry {

    private final RecommendationImport imports;
    private ComboBox<ReportRow> report;

    ImportView(RecommendationImport imports) {
        super(RecommendationImport.MAX_ROWS);
        this.imports = imports;
        addClassName("import-view");
        setMaxWidth("90rem");
    }

    @Override
    public void build() {
        report = new ComboBox<>(getTranslation("importing.recommendations.report"));
        add(new H1(getTranslation("importing.recommendations.heading")));
        add(new Paragraph(getTranslation("importing.recommendations.intro")));

        report.setItems(imports.reports());
        report.setItemLabelGenerator(r -> r.reference() + " – " + r.title());
        report.setWidth("min(40rem, 100%)");
        report.setHelperText(getTranslation("importing.recommendations.report.hint"));
        report.addValueChangeListener(e -> clear());

        Anchor csv = template(getTranslation("importing.template.csv"), "recommendations-template.csv", "text/csv; charset=UTF-8",
                RecommendationImport::csvTemplate);
        Anchor xlsx = template(getTranslation("importing.template.xlsx"), "recommendations-template.xlsx", XLSX_TYPE,
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
            report.setErrorMessage(getTranslation("importing.recommendations.choose-report"));
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
    String counted() {
        return "importing.recommendations";
    }

    @Override
    public String getPageTitle() {
        return getTranslation("importing.recommendations.page-title");
    }

    @Override
    Anchor openSaved(long target) {
        return new Anchor("reports/" + target, getTranslation("importing.recommendations.open"));
    }

    @Override
    int wideColumn() {
        return 3;
    }
}
