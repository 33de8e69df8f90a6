package org.oversight.actionplan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.oversight.actionplan.ActionDetails;
import org.oversight.actionplan.ActionPlanService;
import org.oversight.actionplan.ActionService;
import org.oversight.actionplan.DateRevision;
import org.oversight.actionplan.DueDateService;
import org.oversight.actionplan.PlanCommentService;
import org.oversight.actionplan.PlanDetails;
import org.oversight.actionplan.PlanEventEntry;
import org.oversight.actionplan.PlanHeader;
import org.oversight.actionplan.PlanItem;
import org.oversight.actionplan.PlanPage;
import org.oversight.actionplan.PlanPages;
import org.oversight.actionplan.PlanUpdates;
import org.oversight.actionplan.ProgressService;
import org.oversight.actionplan.UpdateEntry;
import org.oversight.base.Formats;
import org.oversight.base.ui.ErrorSummary;
import org.oversight.base.ui.Feedback;
import org.oversight.base.ui.NotFound;
import org.oversight.base.ui.FieldMessages;
import org.oversight.base.ui.Submit;
import org.oversight.base.ui.UnsavedChanges;

/**
 * One action plan: the lead drafts, edits and submits it, posts updates and reports items complete; the issuing
 * watchdog accepts or returns it and decides date revisions; everyone else who may see it reads it.
 */
@Route("plans")
@PermitAll
class PlanView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle, BeforeLeaveObserver {

    private final ActionPlanService plans;
    private final ActionService actions;
    private final DueDateService dueDates;
    private final ProgressService progress;
    private final Clock clock;
    private final PlanCommentService comments;
    private final PlanPages pages;
    private final PlanUpdates updates;
    private long planId;
    private PlanDetails details;
    private String title = getTranslation("actionplan.plan.page-title.any");
    private final UnsavedChanges unsaved = new UnsavedChanges(this);
    private final ErrorSummary problems = new ErrorSummary();
    private FieldMessages errors = new FieldMessages();

    PlanView(ActionPlanService plans, ActionService actions, DueDateService dueDates, ProgressService progress, Clock clock,
             PlanCommentService comments, PlanPages pages, PlanUpdates updates) {
        this.updates = updates;
        this.comments = comments;
        this.pages = pages;
        this.plans = plans;
        this.actions = actions;
        this.dueDates = dueDates;
        this.progress = progress;
        this.clock = clock;
        addClassName("plan-view");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        planId = id;
        reload();
    }

    /** Today on the app's clock: what "overdue" and "expired" are measured against. */
    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The updates posted on an item itself, read when the reader opens them (the page carries only their count). */
    List<UpdateEntry> itemUpdates(PlanItem item) {
        return updates.ofItem(planId, item.trackedId());
    }

    /** The updates posted on an action, read when the reader opens them. */
    List<UpdateEntry> actionUpdates(ActionDetails action) {
        return updates.ofAction(planId, action.id());
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        unsaved.beforeLeave(event);
    }

    void reload() {
        removeAll();
        PlanPage page = NotFound.unlessRefused(() -> pages.page(planId));
        details = page.details();
        PlanHeader p = details.plan();
        title = getTranslation("actionplan.plan.page-title", p.reportReference());
        Map<Long, PlanItem> items = details.items().stream().collect(Collectors.toMap(PlanItem::trackedId, Function.identity()));
        errors = new FieldMessages().summary(problems);
        problems.clear();
        TextArea typed = details.can().editSummary() ? summaryField(p) : null;
        add(PlanHead.title(p), PlanHead.decision(p), problems, summary(p, typed));
        page.changes().ifPresent(c -> add(new ChangesSinceReturnSection(c)));
        add(new H3(getTranslation("actionplan.plan.recommendations", details.items().size())), ItemsSection.of(details, page.blockers(), this,
                LocalDate.now(clock)));
        H3 actionsHeading = new H3(getTranslation("actionplan.plan.actions", details.actions().size()));
        Div actionsHead = new Div(actionsHeading);
        actionsHead.addClassName("section-head");
        if (details.can().editActions()) {
            Button add = new Button(getTranslation("actionplan.plan.add-action"), e -> openActionDialog(null));
            add.addThemeVariants(ButtonVariant.PRIMARY);
            actionsHead.add(add);
        }
        add(actionsHead);
        if (details.actions().isEmpty()) {
            add(new Paragraph(getTranslation("actionplan.plan.no-actions")));
        }
        details.actions().forEach(a -> add(new ActionCard(a, items, details.can(), this)));
        new PlanDecisionSection(plans, page, typed, errors, unsaved, this::reload).build().ifPresent(this::add);
        add(new H3(getTranslation("actionplan.plan.conversation")), new ConversationSection(comments, page, this::reload));
        add(new H3(getTranslation("actionplan.plan.history")), history(details.history()));
    }

    private TextArea summaryField(PlanHeader p) {
        TextArea summary = new TextArea(getTranslation("actionplan.plan.summary-field"));
        summary.setValue(p.summary() == null ? "" : p.summary());
        summary.setWidthFull();
        summary.setMaxLength(4000);
        summary.setHelperText(getTranslation("actionplan.plan.summary-field.hint"));
        unsaved.watch(summary, "plan-" + planId + "-summary");
        errors.on("summary", summary);
        return summary;
    }

    private Div summary(PlanHeader p, TextArea summary) {
        Div section = new Div();
        section.addClassName("plan-summary");
        if (summary != null) {
            Button save = Submit.button(getTranslation("actionplan.plan.save-summary"), () -> {
                errors.clear();
                if (!Feedback.run(() -> plans.saveSummary(planId, summary.getValue(), p.version()), errors)) {
                    return false;
                }
                unsaved.saved();
                reloadSaying(getTranslation("actionplan.plan.summary-saved")).run();
                return true;
            });
            save.addThemeVariants(ButtonVariant.SMALL);
            section.add(summary, save);
        } else {
            section.add(new H3(getTranslation("actionplan.plan.summary")),
                    new Paragraph(p.summary() == null ? getTranslation("actionplan.plan.no-summary") : p.summary()));
        }
        return section;
    }

    private Div history(List<PlanEventEntry> events) {
        Div list = new Div();
        list.addClassName("plan-history");
        for (PlanEventEntry e : events) {
            Span when = new Span(Formats.dateTime(e.occurredAt()));
            when.addClassName("update-when");
            Span what = new Span(e.by() == null ? e.label() : getTranslation("actionplan.plan.event-by", e.label(), e.by()));
            what.addClassName("history-what");
            Div row = new Div(when, what);
            if (e.reason() != null) {
                Paragraph reason = new Paragraph(e.reason());
                reason.addClassName("history-reason");
                row.add(reason);
            }
            row.addClassName("history-entry");
            list.add(row);
        }
        return list;
    }

    private Runnable reloadSaying(String message) {
        return () -> {
            Feedback.success(message);
            reload();
        };
    }

    private List<PlanItem> choices(ActionDetails existing) {
        return details.items().stream()
                .filter(i -> !i.status().isClosed() || (existing != null && existing.answers().contains(i.trackedId())))
                .toList();
    }

    private void openActionDialog(ActionDetails existing) {
        boolean dateEditable = existing == null || details.plan().submittedAt() == null;
        new ActionDialog(choices(existing), existing, dateEditable,
                existing == null ? "plan-" + planId + "-new-action" : "action-" + existing.id() + "-edit",
                (input, key) -> {
                    if (existing == null) {
                        actions.addAction(planId, input, key);
                    } else {
                        actions.editAction(existing.id(), input, existing.version());
                    }
                },
                reloadSaying(getTranslation(existing == null ? "actionplan.action.added" : "actionplan.action.saved"))).open();
    }

    void editAction(ActionDetails a) {
        openActionDialog(a);
    }

    void reviseDate(ActionDetails a) {
        new RevisionDialog(a, (date, reason) -> dueDates.revise(a.id(), date, reason, a.version()), this::reload).open();
    }

    void postActionUpdate(ActionDetails a) {
        new UpdateDialog(getTranslation("actionplan.update.on-action", a.title()), getTranslation("actionplan.update.on-action.intro"),
                UpdateDialog.Kind.ACTION_UPDATE, "action-" + a.id() + "-update", progress, (u, key) -> progress.postActionUpdate(a.id(), u, key), this::reload,
                LocalDate.now(clock)).open();
    }

    void deleteAction(ActionDetails a) {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("actionplan.action.remove.question", a.title()),
                getTranslation("actionplan.action.remove.warning"), getTranslation("actionplan.action.remove"), e -> {
                    if (Feedback.run(() -> actions.deleteAction(a.id(), a.version()), null)) {
                        reloadSaying(getTranslation("actionplan.action.removed")).run();
                    }
                });
        confirm.setCancelable(true);
        confirm.setConfirmButtonTheme("error primary"); // i18n-ok: theme names
        confirm.open();
    }

    void decideRevision(DateRevision r, boolean approve) {
        String as = approve ? "actionplan.revision.approve" : "actionplan.revision.refuse";
        new ReasonDialog(getTranslation(as + ".title"),
                getTranslation("actionplan.revision.requested", Formats.date(r.fromDueOn()), Formats.date(r.toDueOn()), r.reason()),
                getTranslation(as + ".note"), getTranslation(as + ".button"),
                !approve, "note", note -> dueDates.decide(r.id(), approve, note),
                reloadSaying(getTranslation(as + ".done"))).open();
    }

    /** Posted, the update changes only the item's count of updates on this page: its row shows it (decision 0144). */
    void postItemUpdate(PlanItem item, Div row) {
        new UpdateDialog(getTranslation("actionplan.update.on-item", item.reference()), item.text(), UpdateDialog.Kind.ITEM_UPDATE,
                "item-" + item.trackedId() + "-update", progress,
                (u, key) -> progress.postItemUpdate(item.trackedId(), u, key),
                () -> ItemsSection.showUpdates(row, item, NotFound.unlessRefused(() -> updates.countOfItem(planId, item.trackedId())),
                        this, today()), today()).open();
    }

    void claimComplete(PlanItem item) {
        new UpdateDialog(getTranslation("actionplan.claim.title", details.plan().watchdogName(), item.reference()),
                getTranslation("actionplan.claim.intro", details.plan().watchdogName()),
                UpdateDialog.Kind.COMPLETION, "item-" + item.trackedId() + "-claim", progress, (u, key) -> progress.claimComplete(item.trackedId(), u, item.version(), key),
                this::reload, LocalDate.now(clock)).open();
    }
}
