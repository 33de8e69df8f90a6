package org.oversight.deadline.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import org.oversight.recommendation.ui.StatusBadge;
import org.oversight.deadline.ClockService;
import org.oversight.deadline.ItemClocks;
import org.oversight.base.ui.NotFound;

/** /deadlines/{id}: the clocks of one tracked recommendation, and the watchdog's actions on them. */
@Route("deadlines")
@PermitAll
class ItemClocksView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final transient ClockService clocks;
    private final transient Clock clock;
    private String title;

    ItemClocksView(ClockService clocks, Clock clock) {
        this.clocks = clocks;
        this.clock = clock;
        addClassName("clock-view");
    }

    @Override
    public void setParameter(BeforeEvent event, Long trackedId) {
        removeAll();
        ItemClocks item = NotFound.unlessRefused(() -> clocks.clocksOf(trackedId));
        String name = getTranslation("deadline.ui.name", item.recommendationNumber(), item.reportReference());
        title = getTranslation("deadline.ui.page-title-of", name);
        Span who = new Span(getTranslation("deadline.ui.made-by", item.recipientName(), item.watchdogName()));
        Paragraph context = new Paragraph(who, StatusBadge.of(item.status()));
        context.addClassName("clock-context");
        Paragraph report = new Paragraph(item.reportTitle());
        report.addClassName("clock-report-title");
        add(new H1(getTranslation("deadline.ui.heading", name)), report, context, ClockPanel.itemLink(trackedId),
                new ClockPanel(clocks, clock, trackedId));
        if (item.mayManage()) {
            add(new Paragraph(getTranslation("deadline.ui.may-manage", item.watchdogName())));
        }
    }

    @Override
    public String getPageTitle() {
        return title == null ? getTranslation("deadline.ui.page-title") : title;
    }
}
