package org.oversight.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.streams.DownloadEvent;
import java.io.IOException;
import java.io.OutputStream;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Supplier;
import org.oversight.base.export.Format;
import org.oversight.base.export.TableWriter;
import org.oversight.base.i18n.Language;
import org.oversight.base.i18n.Messages;

/**
 * The one export control of every list: "Download CSV" and "Download Excel (XLSX)" links that stream what the list
 * shows, through the feature's service (which applies the user's scope), into a file named after what it holds and
 * the day. While a big file is written the page says how many rows are done; it polls only while that runs.
 */
public class ExportMenu extends HorizontalLayout {

    /** Writes the list's rows; called in the download's own request, so it reads the view's state as it is then. */
    @FunctionalInterface
    public interface Source {
        void writeTo(TableWriter out);
    }

    private static final int POLL_MS = 700;

    private final Span status = new Span();
    private final Supplier<LocalDate> today;
    private final Supplier<String> what;
    private final Source source;

    /**
     * @param what what the file holds, for its name and the sheet's ("recommendations surrey police"); asked at
     *             download time, so it may follow the view's filters
     */
    public ExportMenu(Clock clock, Supplier<String> what, Source source) {
        this(() -> LocalDate.now(clock), what, source);
    }

    /** @param today the day the file's name gives, where the view already knows it (the dashboard's "today") */
    public ExportMenu(Supplier<LocalDate> today, Supplier<String> what, Source source) {
        this.today = today;
        this.what = what;
        this.source = source;
        addClassName("export-menu");
        setSpacing(true);
        setAlignItems(Alignment.CENTER);
        setWrap(true);
        status.addClassName("export-status");
        status.getElement().setAttribute("role", "status");
        status.getElement().setAttribute("aria-live", "polite");
        add(link(Format.CSV), link(Format.XLSX), status);
    }

    private Anchor link(Format format) {
        Anchor anchor = new Anchor((DownloadEvent e) -> download(e, format), "");
        Button button = new Button(Messages.t("base.export.download", format.label()), VaadinIcon.DOWNLOAD.create());
        button.addThemeVariants(ButtonVariant.TERTIARY);
        button.setTabIndex(-1);
        anchor.add(button);
        anchor.addClassName("export-" + format.extension());
        anchor.getElement().setAttribute("aria-label", Messages.t("base.export.download-label", format.label()));
        anchor.getElement().addEventListener("click", e -> {
            status.setText(Messages.t("base.export.preparing", format.label()));
            UI.getCurrent().setPollInterval(POLL_MS);
        });
        return anchor;
    }

    private void download(DownloadEvent event, Format format) throws IOException {
        String name = what.get();
        event.setFileName(format.fileName(name, today.get()));
        event.setContentType(format.contentType());
        UI ui = event.getUI();
        Language language = Language.of(ui.getLocale());
        String label = language.speak(format::label);
        long[] rows = {0};
        try (OutputStream out = event.getOutputStream()) {
            TableWriter writer = TableWriter.counting(format.writer(out, name), n -> {
                rows[0] = n;
                ui.access(() -> status.setText(Messages.t(language, "base.export.writing", label, count(n, language))));
            }, c -> rows[0] = c);
            language.speak(() -> {
                source.writeTo(writer);
                return null;
            });
            ui.access(() -> {
                status.setText(Messages.t(language, "base.export.ready", label, rows[0]));
                ui.setPollInterval(-1);
            });
        } catch (RuntimeException | IOException ex) {
            ui.access(() -> {
                status.setText(Messages.t(language, "base.export.failed"));
                ui.setPollInterval(-1);
            });
            throw ex;
        }
    }

    private static String count(long n, Language language) {
        return NumberFormat.getIntegerInstance(language.locale()).format(n);
    }
}
