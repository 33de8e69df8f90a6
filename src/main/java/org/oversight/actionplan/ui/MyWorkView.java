package org.oversight.actionplan.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.oversight.actionplan.ActionPlanService;
import org.oversight.actionplan.PlanSummary;
import org.oversight.actionplan.WorkItem;
import org.oversight.actionplan.WorkService;
import org.oversight.base.Formats;
import org.oversight.base.i18n.Messages;
import org.oversight.base.ui.ExportMenu;
import org.oversight.deadline.ClockDetails;
import org.oversight.deadline.ClockService;
import org.oversight.base.ui.Feedback;
import org.oversight.base.ui.Submit;
import org.oversight.recommendation.ui.StatusBadge;
import org.oversight.recommendation.Status;
import org.oversight.security.CurrentUser;
import org.oversight.security.Role;
import org.oversight.recommendation.ui.RecommendationLinks;
import com.vaadin.flow.router.RouterLink;
import org.oversight.base.ui.NarrowScreens;
import org.oversight.base.ui.RowLinks;
import org.oversight.base.ui.BuiltOnEntry;

/** A lead's worklist: what their organisation owes, the most urgent first, and their action plans. */
@Route("my-work")
@Menu(order = 2, title = "actionplan.work.heading", icon = "vaadin:tasks") // a message key, said by the layout in the reader's language
@RolesAllowed({Role.FORCE_LEAD_NAME, Role.NATIONAL_LEAD_NAME})
class MyWorkView extends VerticalLayout implements HasDynamicTitle, BuiltOnEntry {

    private final ActionPlanService plans;
    private final transient ClockService clocks;
    private final transient WorkService work;
    private final transient CurrentUser currentUser;
    private final java.time.Clock clock;

    MyWorkView(WorkService work, ActionPlanService plans, CurrentUser currentUser, ClockService clocks,
               java.time.Clock clock) {
        this.plans = plans;
        this.clocks = clocks;
        this.work = work;
        this.currentUser = currentUser;
        this.clock = clock;
        addClassName("my-work-view");
    }

    @Override
    public void build() {
        List<WorkItem> items = work.myWork();
        add(new H1(getTranslation("actionplan.work.heading")));
        var user = currentUser.require();
        add(new Paragraph(getTranslation(user.is(Role.NATIONAL_LEAD) ? "actionplan.work.intro-national" : "actionplan.work.intro",
                user.organisationName())));
        add(figures(items));
        String organisation = user.organisationName();
        add(new ExportMenu(clock, () -> getTranslation("actionplan.work.file-name", organisation), work::exportMyWork));
        if (items.isEmpty()) {
            add(new Paragraph(getTranslation("actionplan.export.work.empty")));
        } else {
            add(worklist(items));
        }
        List<PlanSummary> myPlans = work.myPlans();
        add(new H3(getTranslation("actionplan.work.plans", myPlans.size())));
        add(new ExportMenu(clock, () -> getTranslation("actionplan.work.plans.file-name", organisation), work::exportMyPlans));
        if (myPlans.isEmpty()) {
            add(new Paragraph(getTranslation("actionplan.work.plans.none")));
        } else {
            add(planList(myPlans));
        }
    }

    private static Div figures(List<WorkItem> items) {
        long overdue = items.stream().filter(WorkItem::overdue).count();
        long awaiting = items.stream().filter(WorkItem::needsPlan).count();
        long inProgress = items.stream().filter(i -> i.status() == Status.PLAN_ACCEPTED || i.status() == Status.IN_PROGRESS).count();
        long withWatchdog = items.stream().filter(i -> i.status() == Status.PLAN_SUBMITTED).count();
        Div row = new Div(figure(overdue, "actionplan.work.figure.overdue", overdue > 0),
                figure(awaiting, "actionplan.work.figure.awaiting", false),
                figure(withWatchdog, "actionplan.work.figure.with-watchdog", false),
                figure(inProgress, "actionplan.work.figure.in-progress", false));
        row.addClassName("work-figures");
        return row;
    }

    private static Span figure(long value, String labelKey, boolean alarm) {
        Span figure = new Span(Messages.t(labelKey, value));
        figure.addClassName("work-figure");
        if (alarm) {
            figure.addClassName("alarm");
        }
        return figure;
    }

    private Grid<WorkItem> worklist(List<WorkItem> items) {
        Grid<WorkItem> grid = new Grid<>();
        grid.addClassName("worklist");
        RowLinks.enterOpens(grid);
        grid.addThemeVariants(GridVariant.WRAP_CELL_CONTENT, GridVariant.NO_BORDER);
        grid.addComponentColumn(i -> Badges.deadline(i.daysLeft(), i.standing())).setHeader(getTranslation("actionplan.work.column.deadline")).setKey("deadline").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(i -> Formats.date(i.dueOn())).setHeader(getTranslation("actionplan.card.due")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(MyWorkView::recommendation).setHeader(getTranslation("actionplan.export.recommendation")).setKey("recommendation").setFlexGrow(1);
        grid.addComponentColumn(i -> StatusBadge.of(i.status())).setHeader(getTranslation("actionplan.export.status")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::planCell).setHeader(getTranslation("actionplan.export.plan")).setKey("plan").setAutoWidth(true).setFlexGrow(0);
        // on a phone: one card a row (the recommendation, a link, then its deadline and plan): three columns side by
        // side left the recommendation a few letters wide, its words broken mid-word
        NarrowScreens.cardsOnPhones(grid, this::phoneCard, getTranslation("actionplan.export.recommendation"));
        // a row opens to say how each running clock's date was worked out (pauses, extensions, bank holidays)
        grid.setItemDetailsRenderer(new ComponentRenderer<>(this::clockExplanations));
        grid.setItems(items);
        grid.setAllRowsVisible(true);
        grid.setPartNameGenerator(i -> i.overdue() ? "overdue-row" : null);
        return grid;
    }

    private Component clockExplanations(WorkItem item) {
        Div details = new Div();
        details.addClassName("work-clocks");
        clocks.clocksOf(item.trackedId()).clocks().stream().filter(ClockDetails::isRunning).forEach(c -> {
            Paragraph line = new Paragraph(c.label() + ": " + c.explanation());
            line.addClassName("clock-explanation");
            details.add(line);
        });
        if (details.getChildren().findAny().isEmpty()) {
            details.add(new Paragraph(getTranslation("actionplan.work.no-clock")));
        }
        return details;
    }

    private static Div recommendation(WorkItem item) {
        return linkOverText(RecommendationLinks.item(item.reportReference() + " · " + item.reference(), item.trackedId()),
                item.text());
    }

    /** A cell of a link over a line of text, as the worklist's cells are drawn. */
    private static Div linkOverText(RouterLink link, String line) {
        link.addClassName("work-link");
        Span text = new Span(line);
        text.addClassName("work-text");
        Div cell = new Div(link, text);
        cell.addClassName("work-cell");
        return cell;
    }

    /** A row on a phone: the recommendation (a link) and its text, then how long is left, its status and its plan. */
    private Component phoneCard(WorkItem item) {
        Div facts = new Div(Badges.deadline(item.daysLeft(), item.standing()), StatusBadge.of(item.status()), planCell(item));
        facts.addClassName("phone-card-facts");
        Div card = recommendation(item);
        card.add(facts);
        return card;
    }

    private Component planCell(WorkItem item) {
        if (item.planId() != null) {
            RouterLink open = new RouterLink(getTranslation("actionplan.work.open-plan"), PlanView.class, item.planId());
            Span status = Badges.plan(item.planStatus());
            Div cell = new Div(open, status);
            cell.addClassName("plan-cell");
            return cell;
        }
        if (item.needsPlan()) {
            Button start = Submit.button(getTranslation("actionplan.work.start-plan"), () -> Feedback.run(() -> {
                long planId = plans.startPlan(item.reportId());
                getUI().ifPresent(ui -> ui.navigate(PlanView.class, planId));
            }, null));
            start.addThemeVariants(ButtonVariant.SMALL);
            return start;
        }
        return new Span("—");
    }

    private static Grid<PlanSummary> planList(List<PlanSummary> plans) {
        Grid<PlanSummary> grid = new Grid<>();
        grid.addClassName("plan-list");
        RowLinks.enterOpens(grid);
        grid.addThemeVariants(GridVariant.WRAP_CELL_CONTENT, GridVariant.NO_BORDER);
        grid.addComponentColumn(MyWorkView::planReport).setHeader(Messages.t("actionplan.export.report")).setKey("report").setFlexGrow(1);
        grid.addComponentColumn(p -> Badges.plan(p.status())).setHeader(Messages.t("actionplan.export.plan-status")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(p -> Messages.t("actionplan.work.actions-done", p.actionsDone(), p.actions()))
                .setHeader(Messages.t("actionplan.export.actions")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(p -> Formats.date(p.nextDueOn())).setHeader(Messages.t("actionplan.export.next-due")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(p -> Formats.dateTime(p.updatedAt())).setHeader(Messages.t("actionplan.work.last-change"))
                .setAutoWidth(true).setFlexGrow(0);
        // on a phone: one card a plan (its report, a link, then its status, actions done and next date)
        NarrowScreens.cardsOnPhones(grid, p -> {
            Div facts = new Div(Badges.plan(p.status()), new Span(Messages.t("actionplan.work.actions-done", p.actionsDone(), p.actions())),
                    new Span(Messages.t("actionplan.export.next-due") + ": " + Formats.date(p.nextDueOn())));
            facts.addClassName("phone-card-facts");
            Div card = planReport(p);
            card.add(facts);
            return card;
        }, Messages.t("actionplan.export.report"));
        grid.setItems(plans);
        grid.setAllRowsVisible(true);
        return grid;
    }

    /** A plan's report: its reference (a link to the plan) over its title. */
    private static Div planReport(PlanSummary p) {
        return linkOverText(new RouterLink(p.reportReference(), PlanView.class, p.planId()), p.reportTitle());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("actionplan.work.page-title");
    }
}
