package org.oversight.actionplan.ui;

import org.oversight.base.ui.BuiltOnEntry;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
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
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.oversight.actionplan.ClaimAwaiting;
import org.oversight.actionplan.DueDateService;
import org.oversight.actionplan.PendingRevision;
import org.oversight.actionplan.PlanSummary;
import org.oversight.actionplan.WatchdogQueues;
import org.oversight.actionplan.WorkService;
import org.oversight.base.Formats;
import org.oversight.base.i18n.Messages;
import org.oversight.base.ui.ExportMenu;
import org.oversight.security.CurrentUser;
import org.oversight.security.Role;
import org.oversight.recommendation.ui.RecommendationLinks;
import com.vaadin.flow.router.RouterLink;

/** What waits for this watchdog's decision: plans to accept or return, date revisions, completion claims to verify. */
@Route("queues")
@Menu(order = 3, title = "actionplan.queues.menu", icon = "vaadin:inbox") // a message key, said by the layout in the reader's language
@RolesAllowed(Role.WATCHDOG_NAME)
class QueuesView extends VerticalLayout implements HasDynamicTitle, BuiltOnEntry {

    private final WorkService work;
    private final DueDateService dueDates;
    private final Clock clock;
    private final transient CurrentUser currentUser;

    QueuesView(WorkService work, DueDateService dueDates, CurrentUser currentUser, Clock clock) {
        this.work = work;
        this.dueDates = dueDates;
        this.clock = clock;
        this.currentUser = currentUser;
        addClassName("queues-view");
    }

    @Override
    public void build() {
        String watchdogName = currentUser.require().organisationName();
        WatchdogQueues q = work.queues();
        add(new H1(getTranslation("actionplan.queues.heading")));
        add(new Paragraph(getTranslation("actionplan.queues.intro", watchdogName)));
        add(new ExportMenu(clock, () -> getTranslation("actionplan.queues.file-name", watchdogName), work::exportQueues));
        add(section(getTranslation("actionplan.queues.plans"), q.plansCount(), q.plans().size(),
                getTranslation("actionplan.queues.plans.none"), q.plans().stream().map(this::plan).toList()));
        add(section(getTranslation("actionplan.queues.revisions"), q.revisionsCount(), q.revisions().size(),
                getTranslation("actionplan.queues.revisions.none"), q.revisions().stream().map(this::revision).toList()));
        add(section(getTranslation("actionplan.queues.claims"), q.claimsCount(), q.claims().size(),
                getTranslation("actionplan.queues.claims.none"), q.claims().stream().map(this::claim).toList()));
        var expired = work.verifiedOnExpiredEvidence();
        add(section(getTranslation("actionplan.queues.expired"), expired.size(), expired.size(),
                getTranslation("actionplan.queues.expired.none"), expired.stream().map(QueuesView::expired).toList()));
    }

    private static Component expired(org.oversight.actionplan.VerifiedOnExpiredEvidence v) {
        RouterLink link = RecommendationLinks.item(v.organisationName() + " · " + v.reportReference() + " · " + v.reference(),
                v.trackedId());
        link.addClassName("work-link");
        Span meta = new Span(Messages.t("actionplan.queues.evidence-expired", Formats.date(v.expiredOn())));
        meta.addClassName("muted");
        return row(link, meta);
    }

    private static Div section(String title, int count, int shown, String empty, List<Component> rows) {
        Span badge = new Span(String.valueOf(count));
        badge.addClassName("queue-count");
        if (count == 0) {
            badge.addClassName("empty");
        }
        H3 heading = new H3(title);
        Div head = new Div(heading, badge);
        head.addClassName("queue-head");
        Div section = new Div(head);
        section.addClassName("queue");
        if (rows.isEmpty()) {
            Paragraph none = new Paragraph(empty);
            none.addClassName("muted");
            section.add(none);
        }
        rows.forEach(section::add);
        if (count > shown) {
            Paragraph more = new Paragraph(Messages.t("actionplan.queues.showing", shown, count));
            more.addClassName("muted");
            section.add(more);
        }
        return section;
    }

    private String waiting(OffsetDateTime since) {
        long days = ChronoUnit.DAYS.between(since.toLocalDate(), LocalDate.now(clock));
        return days <= 0 ? getTranslation("actionplan.queues.today") : getTranslation("actionplan.queues.ago", Formats.span(days));
    }

    private Component plan(PlanSummary p) {
        RouterLink link = new RouterLink(p.organisationName() + " · " + p.reportReference(), PlanView.class, p.planId());
        link.addClassName("work-link");
        Span title = new Span(p.reportTitle());
        title.addClassName("work-text");
        Span meta = new Span(getTranslation("actionplan.queues.plan-meta", p.actions(),
                Formats.dateTime(p.submittedAt()), waiting(p.submittedAt())));
        meta.addClassName("muted");
        return row(link, title, meta);
    }

    private Component revision(PendingRevision r) {
        RouterLink link = new RouterLink(r.organisationName() + " · " + r.reportReference(), PlanView.class, r.planId());
        link.addClassName("work-link");
        Span what = new Span(getTranslation("actionplan.queues.revision-what", r.actionTitle(), Formats.date(r.fromDueOn()),
                Formats.date(r.toDueOn()), Formats.date(r.agreedDueOn())));
        what.addClassName("work-text");
        Span reason = new Span(getTranslation("actionplan.queues.reason", r.reason(), r.requestedBy(), waiting(r.requestedAt())));
        reason.addClassName("muted");
        Button approve = new Button(getTranslation("actionplan.revision.approve.button"), e -> decide(r, true));
        approve.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.PRIMARY);
        Button refuse = new Button(getTranslation("actionplan.revision.refuse.button"), e -> decide(r, false));
        refuse.addThemeVariants(ButtonVariant.SMALL);
        Div buttons = new Div(approve, refuse);
        buttons.addClassName("action-buttons");
        return row(link, what, reason, buttons);
    }

    private void decide(PendingRevision r, boolean approve) {
        String as = approve ? "actionplan.revision.approve" : "actionplan.revision.refuse";
        new ReasonDialog(getTranslation(as + ".title"),
                getTranslation("actionplan.queues.revision-asked", r.actionTitle(), r.organisationName(),
                        Formats.date(r.fromDueOn()), Formats.date(r.toDueOn()), r.reason()),
                getTranslation(as + ".note"), getTranslation(as + ".button"),
                !approve, "note", note -> dueDates.decide(r.revisionId(), approve, note), this::rebuild).open();
    }

    private Component claim(ClaimAwaiting c) {
        RouterLink link = RecommendationLinks.item(c.organisationName() + " · " + c.reportReference()
                + " · " + c.reference(), c.trackedId());
        link.addClassName("work-link");
        Span text = new Span(c.text());
        text.addClassName("work-text");
        Span meta = new Span(getTranslation("actionplan.queues.claimed", Formats.dateTime(c.claimedAt()), waiting(c.claimedAt())));
        meta.addClassName("muted");
        return row(link, text, meta);
    }

    private static Div row(Component... parts) {
        Div row = new Div(parts);
        row.addClassName("queue-row");
        return row;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("actionplan.queues.page-title");
    }
}
