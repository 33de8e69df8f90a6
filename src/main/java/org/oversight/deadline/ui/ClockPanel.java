package org.oversight.deadline.ui;

import org.oversight.base.i18n.Messages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.time.Clock;
import java.time.LocalDate;
import org.oversight.base.Formats;
import org.oversight.deadline.ClockDetails;
import org.oversight.deadline.ClockRule;
import org.oversight.deadline.ClockService;
import org.oversight.deadline.ItemClocks;
import org.oversight.recommendation.ui.RecommendationLinks;
import com.vaadin.flow.router.RouterLink;

/**
 * The clocks of one tracked recommendation, each with its dates, where it stands today, its extensions, pauses and
 * milestones; for the issuing watchdog's staff, the buttons to extend, pause and record it met. Public so that
 * the recommendation's own page can show it too.
 */
public class ClockPanel extends Composite<Div> {

    private final transient ClockService clocks;
    private final transient Clock clock;
    private final long trackedId;

    public ClockPanel(ClockService clocks, Clock clock, long trackedId) {
        this.clocks = clocks;
        this.clock = clock;
        this.trackedId = trackedId;
        getContent().addClassName("clock-panel");
        render();
    }

    private void render() {
        getContent().removeAll();
        ItemClocks item = clocks.clocksOf(trackedId);
        LocalDate today = LocalDate.now(clock);
        if (item.clocks().isEmpty()) {
            getContent().add(new Paragraph(Messages.t("deadline.ui.no-clock-yet")));
            return;
        }
        for (ClockDetails c : item.clocks()) {
            getContent().add(card(item, c, today));
        }
    }

    private Div card(ItemClocks item, ClockDetails c, LocalDate today) {
        Div card = new Div();
        card.addClassName("clock-card");
        HorizontalLayout head = new HorizontalLayout(new H3(c.label()), phase(c));
        head.addClassName("clock-card-head");
        head.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        head.setWrap(true);
        Paragraph why = new Paragraph(c.explanation());
        why.addClassName("clock-explanation");
        card.add(head, why, facts(c));
        if (!c.extensions().isEmpty()) {
            card.add(new H4(Messages.t("deadline.ui.extensions")), list(c.extensions().stream().map(e -> Messages.t(
                    "deadline.ui.extension-line", Formats.date(e.receivedOn()), Formats.date(e.newDueOn()), e.reason(),
                    by(e.grantedBy()))).toList()));
        }
        if (!c.pauses().isEmpty()) {
            card.add(new H4(Messages.t("deadline.ui.pauses")), list(c.pauses().stream().map(p -> Messages.t(
                    "deadline.ui.pause-line", Formats.date(p.from()), p.toInclusive() == null
                            ? Messages.t("deadline.ui.still-going-on") : Formats.date(p.toInclusive()), p.reason(),
                    by(p.recordedBy()))).toList()));
        }
        if (!c.milestones().isEmpty()) {
            card.add(new H4(Messages.t("deadline.ui.milestones")), list(c.milestones().stream().map(m -> Formats.date(m.dueOn())
                    + " · " + m.label() + (m.isPublic() ? Messages.t("deadline.ui.public") : "")
                    + (m.passed() ? Messages.t("deadline.ui.passed") : "")).toList()));
        }
        if (c.responseLink() != null) {
            card.add(new Paragraph(new Span(Messages.t("deadline.ui.published-response")), new Anchor(c.responseLink(), c.responseLink())));
        }
        if (item.mayManage() && c.isRunning()) {
            card.add(actions(c, today));
        } else if (item.mayRecordCommissionerResponse() && c.isRunning() && c.rule() == ClockRule.PCC_RESPONSE) {
            HorizontalLayout actions = new HorizontalLayout(new Button(Messages.t("deadline.ui.record-commissioner"),
                    VaadinIcon.CHECK.create(), e -> ClockDialogs.met(clocks, c, today, this::saved).open()));
            actions.addClassName("clock-actions");
            card.add(actions);
        }
        return card;
    }

    private HorizontalLayout actions(ClockDetails c, LocalDate today) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.addClassName("clock-actions");
        actions.setWrap(true);
        actions.add(new Button(Messages.t("deadline.ui.grant-extension"), VaadinIcon.CALENDAR_CLOCK.create(),
                e -> ClockDialogs.extension(clocks, c, today, this::saved).open()));
        if (c.hasRunningPause()) {
            actions.add(new Button(Messages.t("deadline.ui.end-pause"), VaadinIcon.PLAY.create(),
                    e -> ClockDialogs.endPause(clocks, c, today, this::saved).open()));
        } else {
            actions.add(new Button(Messages.t("deadline.ui.record-pause"), VaadinIcon.PAUSE.create(),
                    e -> ClockDialogs.pause(clocks, c, today, this::saved).open()));
        }
        if (c.isMetByHand()) {
            actions.add(new Button(Messages.t(c.rule() == ClockRule.PCC_RESPONSE ? "deadline.ui.record-commissioner"
                    : "deadline.ui.record-met"), VaadinIcon.CHECK.create(),
                    e -> ClockDialogs.met(clocks, c, today, this::saved).open()));
        }
        return actions;
    }

    private void saved() {
        org.oversight.base.ui.Feedback.success(Messages.t("deadline.ui.saved"));
        render();
    }

    private static Div facts(ClockDetails c) {
        Div facts = new Div(fact(Messages.t("deadline.ui.started"), Formats.date(c.startsOn())),
                fact(Messages.t("deadline.ui.due-by-rule"), Formats.date(c.originalDueOn())));
        if (!c.dueOn().equals(c.originalDueOn())) {
            facts.add(fact(Messages.t(c.hasRunningPause() && !c.isMet() ? "deadline.ui.due-now-earliest" : "deadline.ui.due-now"),
                    Formats.date(c.dueOn())));
        }
        if (c.isMet()) {
            facts.add(fact(Messages.t("deadline.ui.met-on"), Formats.date(c.metOn())));
        }
        facts.addClassName("clock-facts");
        return facts;
    }

    static Component phase(ClockDetails c) {
        if (c.stoppedWithItem()) {
            return badge(Messages.t("deadline.ui.stopped-closed"), "closed");
        }
        return switch (c.phase()) {
            case RUNNING -> badge(Formats.daysLeft(c.daysLeft()), "later");
            case DUE_SOON -> badge(Formats.daysLeft(c.daysLeft()), "due-soon");
            case DUE_TODAY -> badge(Messages.t("deadline.ui.due-today"), "due-soon");
            case OVERDUE -> badge(Formats.daysLeft(-c.daysOverdue()), "overdue");
            case PAUSED -> badge(Messages.t("deadline.ui.paused"), "waiting");
            case MET_ON_TIME -> badge(Messages.t("deadline.ui.met-on-time"), "closed");
            case MET_LATE -> badge(Messages.t("deadline.ui.met-late", Formats.span(c.daysOverdue())), "overdue");
        };
    }

    private static Span badge(String text, String kind) {
        Span badge = new Span(text);
        badge.addClassNames("status-badge", kind);
        return badge;
    }

    private static Div fact(String label, String value) {
        Span l = new Span(label);
        l.addClassName("clock-fact-label");
        Div fact = new Div(l, new Span(value));
        fact.addClassName("clock-fact");
        return fact;
    }

    private static UnorderedList list(java.util.List<String> lines) {
        UnorderedList list = new UnorderedList();
        lines.forEach(line -> list.add(new ListItem(line)));
        list.addClassName("clock-list");
        return list;
    }

    private static String by(String name) {
        return name == null ? "" : " (" + name + ")";
    }

    static RouterLink itemLink(long trackedId) {
        return RecommendationLinks.item(Messages.t("deadline.ui.open-recommendation"), trackedId);
    }
}
