package org.oversight.importing.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import org.oversight.actionplan.ui.LimitedUploadHandler;
import org.oversight.base.InvalidInputException;
import org.oversight.base.RuleViolationException;
import org.oversight.base.SubmissionKey;
import org.oversight.base.i18n.Language;
import org.oversight.base.ui.Feedback;
import org.oversight.importing.ImportPreview;
import org.oversight.importing.ImportProblem;
import org.oversight.importing.ImportRow;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * What every import page does: upload a file, read the preview (every row as it will be saved, and every problem
 * with its row and column), then save all rows or none. Reading and saving run in the background with a progress
 * bar; the page polls for it. A page names what it imports and where to ({@link #target()}).
 *
 * @param <T> what one row becomes
 */
abstract class ImportPage<T> extends VerticalLayout {

    static final long MAX_BYTES = 20L * 1024 * 1024;

    private final ProgressBar bar = new ProgressBar();
    private final Span barLabel = new Span();
    private final Div progress = new Div();
    private final Div result = new Div();
    private final int maxRows;
    private Upload upload;
    private ImportPreview<T> preview;
    private SubmissionKey key;

    ImportPage(int maxRows) {
        this.maxRows = maxRows;
        bar.setWidth("min(30rem, 100%)");
        barLabel.setId("import-progress-label");
        bar.getElement().setAttribute("aria-labelledby", "import-progress-label");
        progress.add(barLabel, bar);
        progress.setVisible(false);
    }

    /** The upload, progress and result parts, to add below the page's own. */
    void addImportParts() {
        upload = new Upload(new LimitedUploadHandler(MAX_BYTES, this::received, Feedback::error));
        upload.setAcceptedFileTypes(".csv", ".xlsx");
        upload.setMaxFiles(1);
        upload.setDropLabel(new Span(getTranslation("importing.page.drop", maxRows)));
        clear();
        progress.setVisible(false);
        add(upload, progress, result);
    }

    /** The chosen report or plan, or null after marking the chooser invalid with a message. */
    abstract Long target();

    abstract ImportPreview<T> preview(long target, String fileName, Path file, IntConsumer progress);

    abstract int save(ImportPreview<T> preview, SubmissionKey key, IntConsumer progress);

    /**
     * Where the page's counted texts are in the bundles: "importing.recommendations" or "importing.actions", whose
     * {@code .save}, {@code .saving}, {@code .added} and {@code .added-note} take the count (ICU plurals).
     */
    abstract String counted();

    /** Where the saved rows are seen, such as "reports/7", and the link's words. */
    abstract Anchor openSaved(long target);

    /** The column that takes the most room (the text). */
    abstract int wideColumn();

    static Anchor template(String text, String fileName, String type, Supplier<byte[]> bytes) {
        Anchor a = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] b = bytes.get();
            return new DownloadResponse(new ByteArrayInputStream(b), fileName, type, b.length);
        }), text);
        a.getElement().setAttribute("download", true);
        return a;
    }

    static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    void clear() {
        preview = null;
        result.removeAll();
    }

    /** Called in the UI's session with the uploaded file, which this deletes when read. */
    private void received(String fileName, File file) {
        clear();
        upload.clearFileList(); // ready for the corrected file at once
        Long target = target();
        if (target == null) {
            deleteQuietly(file);
            return;
        }
        inBackground(getTranslation("importing.page.reading", fileName), done -> preview(target, fileName, file.toPath(), done),
                (ImportPreview<T> p) -> showPreview(p), () -> deleteQuietly(file));
    }

    private void showPreview(ImportPreview<T> p) {
        preview = p;
        key = SubmissionKey.fresh();
        result.removeAll();
        int rows = p.rows().size();
        H3 heading = new H3(p.ok() ? getTranslation("importing.page.ready", rows)
                : getTranslation("importing.page.with-problems", p.rowsWithProblems(), rows));
        result.add(heading);
        if (!p.ok()) {
            result.add(new Paragraph(getTranslation("importing.page.correct")));
            UnorderedList list = new UnorderedList();
            list.addClassName("import-problems");
            p.problems().stream().limit(200).forEach(problem -> list.add(new ListItem(problem.describe())));
            result.add(list);
            if (p.problems().size() > 200) {
                result.add(new Paragraph(getTranslation("importing.page.more-problems", p.problems().size() - 200)));
            }
        } else {
            result.add(new Paragraph(getTranslation("importing.page.read-as", p.encoding())));
            Button save = new Button(getTranslation(counted() + ".save", rows), e -> save());
            save.addThemeVariants(ButtonVariant.PRIMARY);
            save.setDisableOnClick(true);
            result.add(save);
        }
        result.add(grid(p));
    }

    private Grid<ImportRow<T>> grid(ImportPreview<T> p) {
        Grid<ImportRow<T>> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.addColumn(ImportRow::row).setHeader(getTranslation("importing.page.row")).setAutoWidth(true).setFlexGrow(0);
        for (int i = 0; i < p.columns().size(); i++) {
            int column = i;
            grid.addColumn(r -> r.shown().get(column)).setHeader(p.columns().get(i)).setFlexGrow(column == wideColumn() ? 3 : 1);
        }
        grid.addColumn(r -> r.ok() ? "" : String.join(" ", r.problems().stream().map(ImportProblem::message).toList()))
                .setHeader(getTranslation("importing.page.problems")).setFlexGrow(2);
        grid.setPartNameGenerator(r -> r.ok() ? null : "import-problem");
        grid.setItems(p.rows());
        grid.setHeight("30rem");
        return grid;
    }

    private void save() {
        ImportPreview<T> p = preview;
        SubmissionKey k = key;
        int total = p.rows().size();
        inBackground(getTranslation(counted() + ".saving", total), done -> save(p, k, done),
                (Integer saved) -> {
                    result.removeAll();
                    result.add(new H3(getTranslation(counted() + ".added", saved)));
                    Anchor open = openSaved(p.target());
                    open.getStyle().set("text-decoration", "underline"); // a link among text: not told by colour alone
                    result.add(new Paragraph(open));
                    Feedback.success(getTranslation(counted() + ".added-note", saved));
                    preview = null;
                }, () -> { });
    }

    /** Runs the work off the UI thread as the signed-in user; the page polls twice a second for its progress. */
    private <T> void inBackground(String label, java.util.function.Function<IntConsumer, T> work,
                                  java.util.function.Consumer<T> then, Runnable finallyDo) {
        UI ui = UI.getCurrent();
        Language language = Language.current(); // the background's messages are written in the page's language
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
                    barLabel.setText(total > 0 ? getTranslation("importing.page.progress", label, done, total)
                            : getTranslation("importing.page.progress-rows", label, done));
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
                    result.add(problem(getTranslation("importing.page.fault")));
                });
                throw e;
            } finally {
                finallyDo.run();
            }
        };
        Runnable spoken = () -> language.speak(() -> {
            job.run();
            return null;
        });
        Thread.ofVirtual().name("import").start(new DelegatingSecurityContextRunnable(spoken, SecurityContextHolder.getContext()));
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
