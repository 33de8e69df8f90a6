package org.oversight.boardpack.ui;

import org.oversight.base.ui.BuiltOnEntry;
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
import com.vaadin.flow.router.HasDynamicTitle;
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
@Menu(order = 5, title = "boardpack.menu", icon = "vaadin:file-text-o")
@RolesAllowed({Role.CHIEF_OFFICER_NAME, Role.WATCHDOG_NAME, Role.ADMIN_NAME})
class BoardPackView extends VerticalLayout implements HasDynamicTitle, BuiltOnEntry {

    /** The national pack's choice in the watchdog list; its name is written in the reader's language. */
    static final FilterOptions.Option NATIONAL = new FilterOptions.Option("", "");
    private static final int POLL_MS = 500;

    private final BoardPackJobs jobs;
    private final transient BoardPackService packs;
    private final transient DashboardService dashboard;
    private final transient CurrentUser currentUser;
    private Select<FilterOptions.Option> watchdog;
    private Select<OrganisationRef> recipient;
    private Select<DashboardPeriod> period;
    private Button make;
    private ProgressBar bar;
    private Span status;
    private Div result;
    private BoardPackJob job;
    private com.vaadin.flow.shared.Registration polling;

    BoardPackView(BoardPackJobs jobs, BoardPackService packs, DashboardService dashboard, CurrentUser currentUser) {
        this.jobs = jobs;
        this.packs = packs;
        this.dashboard = dashboard;
        this.currentUser = currentUser;
        addClassName("board-pack-view");
    }

    @Override
    public void build() {
        watchdog = new Select<>();
        recipient = new Select<>();
        period = new Select<>();
        make = new Button(getTranslation("boardpack.view.make"), VaadinIcon.FILE_TEXT_O.create());
        bar = new ProgressBar(0, 100);
        status = new Span();
        result = new Div();
        SignedInUser user = currentUser.require();
        boolean chief = user.is(Role.CHIEF_OFFICER);
        add(new H1(getTranslation("boardpack.view.heading")));
        add(new Paragraph(chief ? getTranslation("boardpack.view.intro-chief", user.organisationName())
                : getTranslation("boardpack.view.intro")));

        List<FilterOptions.Option> choices = new ArrayList<>();
        choices.add(NATIONAL);
        choices.addAll(dashboard.filterOptions().watchdogs());
        watchdog.setLabel(getTranslation("boardpack.view.watchdog"));
        watchdog.setItems(choices);
        watchdog.setItemLabelGenerator(o -> o == NATIONAL ? getTranslation("boardpack.view.national") : o.name());
        watchdog.setValue(NATIONAL);
        watchdog.setVisible(!chief);
        List<OrganisationRef> recipients = packs.recipientChoices();
        recipient.setLabel(getTranslation("boardpack.view.recipient"));
        recipient.setEmptySelectionAllowed(true);
        String all = getTranslation("boardpack.view.all-forces");
        recipient.setEmptySelectionCaption(all);
        recipient.setItems(recipients);
        recipient.setItemLabelGenerator(o -> o == null ? all : o.name());
        recipient.setHelperText(getTranslation("boardpack.view.recipient-help"));
        recipient.setVisible(!recipients.isEmpty());
        period.setLabel(getTranslation("boardpack.view.period"));
        period.setItems(DashboardPeriod.values());
        period.setItemLabelGenerator(DashboardPeriod::label);
        period.setValue(DashboardPeriod.ALL);
        make.addThemeVariants(ButtonVariant.PRIMARY);
        make.addClickListener(e -> start());
        Div form = new Div(recipient, watchdog, period, make);
        form.addClassName("board-pack-form");
        add(form);

        bar.setVisible(false);
        bar.getElement().setAttribute("aria-label", getTranslation("boardpack.view.progress"));
        status.getElement().setAttribute("role", "status");
        status.getElement().setAttribute("aria-live", "polite");
        status.addClassName("board-pack-status");
        add(bar, status, result);

        if (chief) {
            Checkbox monthly = new Checkbox(getTranslation("boardpack.view.monthly"));
            monthly.setValue(packs.subscribed());
            monthly.setHelperText(getTranslation("boardpack.view.monthly-help"));
            monthly.addValueChangeListener(e -> {
                if (e.isFromClient() && Feedback.run(() -> packs.subscribe(e.getValue()), null)) {
                    Feedback.success(getTranslation(e.getValue() ? "boardpack.view.subscribed" : "boardpack.view.unsubscribed"));
                }
            });
            add(monthly);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("boardpack.view.title");
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
        status.setText(getTranslation("boardpack.view.starting"));
        UI ui = UI.getCurrent();
        ui.setPollInterval(POLL_MS);
        polling = ui.addPollListener(event -> {
            if (!job.done()) {
                bar.setValue(job.percent());
                status.setText(getTranslation("boardpack.view.step", job.step()));
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
                    pack.fileName(), "application/pdf", pdf.length)), getTranslation("boardpack.view.download",
                    Math.max(1, pdf.length / 1024)));
            download.addClassName("board-pack-download");
            status.setText(getTranslation("boardpack.view.ready"));
            result.add(download);
        } catch (RuntimeException e) {
            status.setText(getTranslation("boardpack.view.failed"));
        }
    }
}
