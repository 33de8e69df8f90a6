package org.oversight.boardpack.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.oversight.base.ui.Feedback;
import org.oversight.boardpack.BoardPack;
import org.oversight.boardpack.BoardPackJob;
import org.oversight.boardpack.BoardPackJobs;
import org.oversight.boardpack.BoardPackService;
import org.oversight.dashboard.DashboardFilter;
import org.oversight.dashboard.DashboardPeriod;
import org.oversight.dashboard.DashboardService;
import org.oversight.dashboard.FilterOptions;
import org.oversight.recommendation.OrganisationRef;
import org.oversight.security.CurrentUser;
import org.oversight.security.Role;
import org.oversight.security.SignedInUser;

/**
 * The board pack: the dashboard as an accessible PDF for a board meeting, made in the background while the page
 * shows how far it has got. Chief officers may also ask for a monthly e-mail with a link to a fresh one.
 */
@Route("board-pack")
@PageTitle("Board pack · Oversight Tracker")
@Menu(order = 5, title = "Board pack", icon = "vaadin:file-text-o")
@RolesAllowed({Role.CHIEF_OFFICER_NAME, Role.WATCHDOG_NAME, Role.ADMIN_NAME})
class BoardPackView extends VerticalLayout {

    static final FilterOptions.Option NATIONAL = new FilterOptions.Option("", "National: every watchdog");
    private static final int POLL_MS = 500;

    private final BoardPackJobs jobs;
    private final Select<FilterOptions.Option> watchdog = new Select<>();
    private final Select<OrganisationRef> recipient = new Select<>();
    private final Select<DashboardPeriod> period = new Select<>();
    private final Button make = new Button("Make the board pack", VaadinIcon.FILE_TEXT_O.create());
    private final ProgressBar bar = new ProgressBar(0, 100);
    private final Span status = new Span();
    private final Div result = new Div();
    private BoardPackJob job;
    private com.vaadin.flow.shared.Registration polling;

    BoardPackView(BoardPackJobs jobs, BoardPackService packs, DashboardService dashboard, CurrentUser currentUser) {
        this.jobs = jobs;
        addClassName("board-pack-view");
        SignedInUser user = currentUser.require();
        boolean chief = user.is(Role.CHIEF_OFFICER);
        add(new H1("Board pack"));
        add(new Paragraph((chief ? "The dashboard for " + user.organisationName()
                : "The dashboard, nationally, for one watchdog or for one force or national body,")
                + " as a PDF for a board meeting: the headline figures, each chart with its description and figures, the "
                + "overdue and due-soon recommendations, and what changed since the last pack. It works with screen readers "
                + "and prints on A4."));

        List<FilterOptions.Option> choices = new ArrayList<>();
        choices.add(NATIONAL);
        choices.addAll(dashboard.filterOptions().watchdogs());
        watchdog.setLabel("Watchdog");
        watchdog.setItems(choices);
        watchdog.setItemLabelGenerator(FilterOptions.Option::name);
        watchdog.setValue(NATIONAL);
        watchdog.setVisible(!chief);
        List<OrganisationRef> recipients = packs.recipientChoices();
        recipient.setLabel("Force or national body");
        recipient.setEmptySelectionAllowed(true);
        recipient.setEmptySelectionCaption("All: no one force");
        recipient.setItems(recipients);
        recipient.setItemLabelGenerator(o -> o == null ? "All: no one force" : o.name());
        recipient.setHelperText("A force's pack is the one its chief officer gets.");
        recipient.setVisible(!recipients.isEmpty());
        period.setLabel("Reports published");
        period.setItems(DashboardPeriod.values());
        period.setItemLabelGenerator(DashboardPeriod::label);
        period.setValue(DashboardPeriod.ALL);
        make.addThemeVariants(ButtonVariant.PRIMARY);
        make.addClickListener(e -> start());
        Div form = new Div(recipient, watchdog, period, make);
        form.addClassName("board-pack-form");
        add(form);

        bar.setVisible(false);
        bar.getElement().setAttribute("aria-label", "How far the board pack has got");
        status.getElement().setAttribute("role", "status");
        status.getElement().setAttribute("aria-live", "polite");
        status.addClassName("board-pack-status");
        add(bar, status, result);

        if (chief) {
            Checkbox monthly = new Checkbox("E-mail me a link to a new board pack on the first working morning of each month");
            monthly.setValue(packs.subscribed());
            monthly.setHelperText("The e-mail holds a link to this page, never the pack itself.");
            monthly.addValueChangeListener(e -> {
                if (e.isFromClient() && Feedback.run(() -> packs.subscribe(e.getValue()), null)) {
                    Feedback.success(e.getValue() ? "You will get a link to a new board pack each month."
                            : "You will no longer get a monthly board pack e-mail.");
                }
            });
            add(monthly);
        }
    }

    private void start() {
        if (job != null && !job.done()) {
            return;
        }
        FilterOptions.Option w = watchdog.getValue();
        DashboardFilter filter = new DashboardFilter(w == null || w.code().isEmpty() ? null : w.code(), period.getValue(), null);
        String recipientCode = recipient.getValue() == null ? null : recipient.getValue().code();
        boolean started = Feedback.run(() -> job = jobs.start(filter, recipientCode), null);
        if (!started) {
            return;
        }
        make.setEnabled(false);
        result.removeAll();
        bar.setValue(0);
        bar.setVisible(true);
        status.setText("Starting…");
        UI ui = UI.getCurrent();
        ui.setPollInterval(POLL_MS);
        polling = ui.addPollListener(event -> {
            if (!job.done()) {
                bar.setValue(job.percent());
                status.setText(job.step() + "…");
                return;
            }
            ui.setPollInterval(-1);
            polling.remove();
            finished();
        });
    }

    private void finished() {
        make.setEnabled(true);
        bar.setVisible(false);
        try {
            BoardPack pack = job.pack();
            byte[] pdf = pack.pdf();
            Anchor download = new Anchor(DownloadHandler.fromInputStream(e -> new DownloadResponse(new ByteArrayInputStream(pdf),
                    pack.fileName(), "application/pdf", pdf.length)), "Download the board pack (PDF, "
                    + Math.max(1, pdf.length / 1024) + " KB)");
            download.addClassName("board-pack-download");
            status.setText("Your board pack is ready.");
            result.add(download);
        } catch (RuntimeException e) {
            status.setText("The board pack could not be made. Try again; if it keeps failing, tell the service desk.");
        }
    }
}
