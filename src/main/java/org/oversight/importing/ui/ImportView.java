package org.oversight.importing.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.nio.file.Files;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import org.oversight.actionplan.ui.LimitedUploadHandler;
import org.oversight.base.InvalidInputException;
import org.oversight.base.RuleViolationException;
import org.oversight.base.SubmissionKey;
import org.oversight.base.ui.Feedback;
import org.oversight.importing.ImportPreview;
import org.oversight.importing.ImportProblem;
import org.oversight.importing.ImportRow;
import org.oversight.importing.RecommendationImport;
import org.oversight.report.RecommendationForm;
import org.oversight.report.ReportRow;
import org.oversight.security.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Watchdog staff import a report's recommendations from a spreadsheet: choose the report, download a template, upload
 * the file, read the preview (every row as it will be saved, and every problem with its row and column), then save
 * all rows or none. Reading and saving run in the background with a progress bar; the page polls for it.
 */
@Route("import")
@PageTitle("Import recommendations · Oversight Tracker")
@Menu(order = 45, title = "Import", icon = "vaadin:upload")
@RolesAllowed(Role.WATCHDOG_NAME)
class ImportView extends VerticalLayout {

    static final long MAX_BYTES = 20L * 1024 * 1024;

    private final RecommendationImport imports;
    private final ComboBox<ReportRow> report = new ComboBox<>("Report");
    private final ProgressBar bar = new ProgressBar();
    private final Span barLabel = new Span();
    private final Div progress = new Div();
    private final Div result = new Div();
    private final Upload upload;
    private ImportPreview<RecommendationForm> preview;
    private SubmissionKey key;

    ImportView(RecommendationImport imports) {
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
        Anchor xlsx = template("Download the Excel template", "recommendations-template.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", imports::xlsxTemplate);
        HorizontalLayout templates = new HorizontalLayout(csv, xlsx);
        templates.setWrap(true);

        upload = new Upload(new LimitedUploadHandler(MAX_BYTES, this::received, Feedback::error));
        upload.setAcceptedFileTypes(".csv", ".xlsx");
        upload.setMaxFiles(1);
        upload.setDropLabel(new Span("Drop a .csv or .xlsx file here (at most 20 MB and "
                + String.format("%,d", RecommendationImport.MAX_ROWS) + " rows)"));

        bar.setWidth("min(30rem, 100%)");
        barLabel.setId("import-progress-label");
        bar.getElement().setAttribute("aria-labelledby", "import-progress-label");
        progress.add(barLabel, bar);
        progress.setVisible(false);
        add(report, templates, upload, progress, result);
    }

    private static Anchor template(String text, String fileName, String type, Supplier<byte[]> bytes) {
        Anchor a = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] b = bytes.get();
            return new DownloadResponse(new ByteArrayInputStream(b), fileName, type, b.length);
        }), text);
        a.getElement().setAttribute("download", true);
        return a;
    }

    private void clear() {
        preview = null;
        result.removeAll();
    }

    /** Called in the UI's session with the uploaded file, which this deletes when read. */
    private void received(String fileName, File file) {
        clear();
        upload.clearFileList(); // ready for the corrected file at once
        ReportRow chosen = report.getValue();
        if (chosen == null) {
            deleteQuietly(file);
            report.setInvalid(true);
            report.setErrorMessage("Choose the report the recommendations belong to, then upload the file again.");
            return;
        }
        report.setInvalid(false);
        long reportId = chosen.id();
        inBackground("Reading and checking " + fileName + "…", done -> imports.preview(reportId, fileName, file.toPath(),
                done), (ImportPreview<RecommendationForm> p) -> showPreview(p), () -> deleteQuietly(file));
    }

    private void showPreview(ImportPreview<RecommendationForm> p) {
        preview = p;
        key = SubmissionKey.fresh();
        result.removeAll();
        int rows = p.rows().size();
        H3 heading = new H3(p.ok() ? rows + (rows == 1 ? " row is" : " rows are") + " ready to save"
                : p.rowsWithProblems() + " of " + rows + " rows have problems");
        result.add(heading);
        if (!p.ok()) {
            result.add(new Paragraph("Nothing will be saved until every row is right. Correct these in the file and "
                    + "upload it again:"));
            UnorderedList list = new UnorderedList();
            list.addClassName("import-problems");
            p.problems().stream().limit(200).forEach(problem -> list.add(new ListItem(problem.describe())));
            result.add(list);
            if (p.problems().size() > 200) {
                result.add(new Paragraph("…and " + (p.problems().size() - 200) + " more, shown in the table below."));
            }
        } else {
            result.add(new Paragraph("Read as " + p.encoding() + ". Check the rows below; saving adds them all to the report."));
            Button save = new Button("Save " + rows + (rows == 1 ? " recommendation" : " recommendations"), e -> save());
            save.addThemeVariants(ButtonVariant.PRIMARY);
            save.setDisableOnClick(true);
            result.add(save);
        }
        result.add(grid(p));
    }

    private Grid<ImportRow<RecommendationForm>> grid(ImportPreview<RecommendationForm> p) {
        Grid<ImportRow<RecommendationForm>> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.addColumn(ImportRow::row).setHeader("Row").setAutoWidth(true).setFlexGrow(0);
        for (int i = 0; i < p.columns().size(); i++) {
            int column = i;
            grid.addColumn(r -> r.shown().get(column)).setHeader(p.columns().get(i)).setFlexGrow(column == 3 ? 3 : 1);
        }
        grid.addColumn(r -> r.ok() ? "" : String.join(" ", r.problems().stream().map(ImportProblem::message).toList()))
                .setHeader("Problems").setFlexGrow(2);
        grid.setPartNameGenerator(r -> r.ok() ? null : "import-problem");
        grid.setItems(p.rows());
        grid.setHeight("30rem");
        return grid;
    }

    private void save() {
        ImportPreview<RecommendationForm> p = preview;
        SubmissionKey k = key;
        int total = p.rows().size();
        inBackground("Saving " + total + " recommendations…", done -> imports.save(p, k, n -> done.accept(n)),
                (Integer saved) -> {
                    result.removeAll();
                    result.add(new H3(saved + (saved == 1 ? " recommendation was" : " recommendations were") + " added"));
                    Anchor open = new Anchor("reports/" + p.target(), "Open the report");
                    open.getStyle().set("text-decoration", "underline"); // a link among text: not told by colour alone
                    result.add(new Paragraph(open));
                    Feedback.success(saved + " recommendations added to the report.");
                    preview = null;
                }, () -> { });
    }

    /** Runs the work off the UI thread as the signed-in user; the page polls twice a second for its progress. */
    private <T> void inBackground(String label, java.util.function.Function<IntConsumer, T> work,
                                  java.util.function.Consumer<T> then, Runnable finallyDo) {
        UI ui = UI.getCurrent();
        int total = preview == null ? 0 : preview.rows().size();
        barLabel.setText(label);
        bar.setIndeterminate(total == 0);
        bar.setValue(0);
        progress.setVisible(true);
        ui.setPollInterval(500);
        Runnable job = () -> {
            try {
                T value = work.apply(done -> ui.access(() -> {
                    if (total > 0) {
                        bar.setValue(Math.min(1.0, done / (double) total));
                    }
                    barLabel.setText(label + " " + done + (total > 0 ? " of " + total : "") + " rows");
                }));
                ui.access(() -> {
                    finish(ui);
                    then.accept(value);
                });
            } catch (InvalidInputException e) {
                ui.access(() -> {
                    finish(ui);
                    result.removeAll();
                    result.add(problem(String.join(" ", e.fieldMessages().values())));
                });
            } catch (RuleViolationException | AccessDeniedException e) {
                ui.access(() -> {
                    finish(ui);
                    result.add(problem(e.getMessage()));
                });
            } catch (RuntimeException e) {
                ui.access(() -> {
                    finish(ui);
                    result.add(problem("The file could not be imported because of a fault on our side. Nothing has been "
                            + "saved. Try again later."));
                });
                throw e;
            } finally {
                finallyDo.run();
            }
        };
        Thread.ofVirtual().name("import").start(new DelegatingSecurityContextRunnable(job, SecurityContextHolder.getContext()));
    }

    private void finish(UI ui) {
        progress.setVisible(false);
        ui.setPollInterval(-1);
    }

    private static Div problem(String message) {
        Div d = new Div(new Span(message));
        d.addClassName("import-file-problem");
        d.getElement().setAttribute("role", "alert");
        return d;
    }

    private static void deleteQuietly(File file) {
        try {
            Files.deleteIfExists(file.toPath());
        } catch (java.io.IOException e) {
            file.deleteOnExit();
        }
    }

    List<ImportProblem> problems() {
        return preview == null ? List.of() : preview.problems();
    }
}
