package org.oversight.actionplan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.Map;
import org.oversight.actionplan.EvidenceRules;
import org.oversight.actionplan.EvidenceUpload;
import org.oversight.actionplan.NewUpdate;
import org.oversight.actionplan.ProgressService;
import org.oversight.base.InvalidInputException;
import org.oversight.base.SubmissionKey;
import org.oversight.base.ui.ErrorSummary;
import org.oversight.base.ui.Feedback;
import org.oversight.base.ui.FieldMessages;
import org.oversight.base.ui.Dates;
import org.oversight.base.ui.Inputs;
import org.oversight.base.ui.Submit;
import org.oversight.base.ui.UnsavedChanges;
import org.slf4j.LoggerFactory;

/**
 * A dated update with optional evidence files; also the form for reporting a recommendation complete. Files are
 * received into temporary files with the size limit enforced as bytes arrive ({@link LimitedUploadHandler}), checked
 * at once (so a wrong file is named at once) and kept on disk until the update is posted, when the service checks
 * everything again and streams the update's files into the database in one transaction. Closing the dialog deletes
 * the temporary files. The dialog's key makes a second submit of the same form (a double click) post nothing more.
 */
class UpdateDialog extends Dialog {

    enum Kind { ACTION_UPDATE, ITEM_UPDATE, COMPLETION }

    private final List<EvidenceUpload> files = new ArrayList<>();
    private final Map<EvidenceUpload, File> temporary = new IdentityHashMap<>();
    private final Div fileList = new Div();
    private final Span fileError = new Span();
    private final ErrorSummary summary = new ErrorSummary();
    private final FieldMessages errors = new FieldMessages().summary(summary);
    private final Upload upload;
    private final UnsavedChanges drafts = new UnsavedChanges(this);

    /**
     * @param draftKey where the typed text is kept until it is posted or cancelled (include the record's id): a session
     *                 that ended while the dialog was open gets it back when the dialog is opened again
     */
    UpdateDialog(String heading, String intro, Kind kind, String draftKey, ProgressService service,
                 BiConsumer<NewUpdate, SubmissionKey> post, Runnable done, LocalDate today) {
        setHeaderTitle(heading);
        addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                deleteTemporaryFiles();
            }
        });
        addDetachListener(e -> deleteTemporaryFiles());
        setWidth("min(44rem, 95vw)");
        EvidenceRules rules = service.evidenceRules();
        TextArea body = new TextArea(getTranslation(kind == Kind.COMPLETION ? "actionplan.update.body.claim" : "actionplan.update.body"));
        body.setWidthFull();
        body.setMinRows(3);
        body.setMaxLength(3970);
        IntegerField progress = Inputs.percent(getTranslation("actionplan.update.progress"));
        progress.setStepButtonsVisible(true);
        progress.setHelperText(getTranslation("actionplan.update.progress.hint"));
        progress.setVisible(kind == Kind.ACTION_UPDATE);

        upload = new Upload(new LimitedUploadHandler(rules.maxBytes(), (name, file) -> received(service, name, file),
                message -> errors.accept("files", message)));
        upload.setMaxFileSize((int) rules.maxBytes());
        upload.setMaxFiles(rules.maxFiles());
        upload.setAcceptedFileTypes(rules.extensions().toArray(String[]::new));
        upload.setUploadButton(new Button(getTranslation("actionplan.update.choose-files"), VaadinIcon.UPLOAD.create()));
        upload.setDropLabel(new Span(getTranslation("actionplan.update.drop")));
        upload.addFileRejectedListener(e -> errors.accept("files", getTranslation("actionplan.update.file-rejected",
                e.getFileName(), e.getErrorMessage(), rules.sentence())));
        Span uploadHelp = new Span(getTranslation("actionplan.update.files-help", rules.sentence()));
        uploadHelp.addClassName("upload-help");
        fileList.addClassName("pending-files");

        DatePicker evidenceDate = Dates.picker(getTranslation("actionplan.update.evidence-date"));
        evidenceDate.setValue(today);
        evidenceDate.setMax(today);
        Inputs.explain(evidenceDate);
        evidenceDate.setHelperText(getTranslation("actionplan.update.evidence-date.hint"));
        DatePicker expires = Dates.picker(getTranslation("actionplan.update.expires"));
        expires.setHelperText(getTranslation("actionplan.update.expires.hint"));
        FormLayout dates = new FormLayout(evidenceDate, expires);
        dates.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("28em", 2));

        drafts.watch(body, draftKey);
        errors.on("body", body).on("progress", progress).on("evidenceDate", evidenceDate).on("expiresOn", expires)
                .area("files", fileError);
        add(summary, new Paragraph(intro), body, progress, uploadHelp, upload, fileError, fileList, dates);

        SubmissionKey key = SubmissionKey.fresh();
        Button confirm = Submit.button(getTranslation(kind == Kind.COMPLETION ? "actionplan.claim.button" : "actionplan.update.post"), () -> {
            errors.clear();
            if (Inputs.refuse(progress) | Inputs.refuse(evidenceDate, expires)) {
                errors.show();
                return false;
            }
            NewUpdate update = new NewUpdate(body.getValue(), progress.getValue(), evidenceDate.getValue(),
                    expires.getValue(), files);
            if (!Feedback.run(() -> post.accept(update, key), errors)) {
                return false;
            }
            drafts.saved();
            close();
            Feedback.success(kind == Kind.COMPLETION ? getTranslation("actionplan.claim.done")
                    : getTranslation("actionplan.update.posted", files.size()));
            done.run();
            return true;
        });
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button(getTranslation("actionplan.dialog.cancel"), e -> {
            drafts.saved();
            close();
        }), confirm);
    }

    private void received(ProgressService service, String fileName, File file) {
        upload.clearFileList();
        EvidenceUpload received = EvidenceUpload.of(fileName, file);
        try {
            service.checkEvidence(received);
        } catch (InvalidInputException e) {
            delete(file);
            errors.accept("files", e.getMessage());
            return;
        }
        if (!isOpened()) {
            delete(file);
            return;
        }
        fileError.setText("");
        fileError.setVisible(false);
        files.add(received);
        temporary.put(received, file);
        renderFiles();
    }

    /** The temporary files go when the dialog closes, whether the update was posted or not. */
    private void deleteTemporaryFiles() {
        temporary.values().forEach(UpdateDialog::delete);
        temporary.clear();
    }

    private static void delete(File file) {
        try {
            Files.deleteIfExists(file.toPath());
        } catch (IOException e) {
            LoggerFactory.getLogger(UpdateDialog.class).warn("Could not delete the temporary upload {}", file, e);
        }
    }

    private void renderFiles() {
        fileList.removeAll();
        for (EvidenceUpload f : files) {
            Span name = new Span(getTranslation("actionplan.update.file-size", f.fileName(), Math.max(1, (f.size() + 512) / 1024)));
            Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> {
                files.remove(f);
                File file = temporary.remove(f);
                if (file != null) {
                    delete(file);
                }
                renderFiles();
            });
            remove.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
            remove.setAriaLabel(getTranslation("actionplan.update.remove-file", f.fileName()));
            Div row = new Div(VaadinIcon.PAPERCLIP.create(), name, remove);
            row.addClassName("pending-file");
            fileList.add(row);
        }
    }
}
