package org.oversight.recommendation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.oversight.base.Formats;
import org.oversight.base.i18n.Messages;
import org.oversight.base.ui.DecideDialog;
import org.oversight.base.ui.LazyDetails;
import org.oversight.base.ui.NotFound;
import org.oversight.recommendation.KindLabels;
import org.oversight.recommendation.RecommendationDetail;
import org.oversight.recommendation.RecommendationRegister;
import org.oversight.recommendation.RecommendationWorkflow;
import org.oversight.recommendation.StatusHistoryEntry;
import org.oversight.recommendation.Transition;
import org.springframework.beans.factory.ObjectProvider;

/**
 * One recipient's recommendation: what it says, where it stands, what has been done about it, its full history, and
 * the moves the signed-in user may make now (exactly those the workflow offers them).
 */
@Route("recommendations/:id")
@PermitAll
class RecommendationDetailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final RecommendationRegister register;
    private final RecommendationWorkflow workflow;
    private final ObjectProvider<ItemPageSection> sections;
    private long id;
    private String title;

    RecommendationDetailView(RecommendationRegister register, RecommendationWorkflow workflow,
                             ObjectProvider<ItemPageSection> sections) {
        this.register = register;
        this.workflow = workflow;
        this.sections = sections;
        addClassName("recommendation-detail");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        id = NotFound.id(event.getRouteParameters().get("id"), "recommendation");
        render();
    }

    @Override
    public String getPageTitle() {
        return title == null ? getTranslation("recommendation.detail.title") : title;
    }

    private void render() {
        removeAll();
        RecommendationDetail d = NotFound.unless(register.detail(id), "recommendation " + id);
        title = getTranslation("recommendation.detail.title-of", d.reportReference(), KindLabels.reference(d.kind(), d.number()),
                d.recipientName());
        RouterLink back = new RouterLink(getTranslation("recommendation.detail.back"), RegisterView.class);
        back.addClassName("back-link");
        H1 heading = new H1(KindLabels.reference(d.kind(), d.number()) + " · " + d.recipientName());
        Div head = new Div(heading, StatusBadge.of(d.status()));
        head.addClassName("detail-head");
        Paragraph text = new Paragraph(d.text());
        text.addClassName("recommendation-text");
        add(back, head, text);
        add(DetailFacts.of(d));
        if (d.siblings() != null) {
            add(siblings(d));
        }
        sections.stream().sorted(java.util.Comparator.comparingInt(ItemPageSection::order))
                .forEach(s -> s.render(id, this::reload).ifPresent(this::add));
        add(section(getTranslation("recommendation.detail.done")), ProgressPanel.of(register.progress(id).orElseThrow()));
        List<Transition> available = workflow.available(d.id());
        if (!available.isEmpty()) {
            add(section(getTranslation("recommendation.detail.decision")), transitions(d, available));
        }
        add(section(getTranslation("recommendation.detail.history")), history(register.history(id)));
    }

    private Component transitions(RecommendationDetail d, List<Transition> available) {
        Div bar = new Div();
        bar.addClassName("transition-bar");
        if (available.size() == 1) {
            Transition t = available.getFirst();
            Button b = new Button(t.label(), e -> new TransitionDialog(workflow, d.id(), d.version(), t, this::reload).open());
            b.addThemeVariants(ButtonVariant.PRIMARY);
            bar.add(b);
            return bar;
        }
        List<DecideDialog.Choice<Transition>> choices = available.stream().map(t -> new DecideDialog.Choice<>(t, t.label(),
                TransitionDialog.explanation(t), t.reasonRequired() ? TransitionDialog.reasonLabel(t)
                        : getTranslation("recommendation.move.optional", TransitionDialog.reasonLabel(t)),
                t.reasonRequired(), TransitionDialog.done(t))).toList();
        Button decide = new Button(getTranslation("recommendation.detail.decide"), e -> new DecideDialog<>(
                getTranslation("recommendation.detail.decide-on", KindLabels.reference(d.kind(), d.number())), null, choices, "reason",
                (t, reason) -> workflow.apply(d.id(), t, reason, d.version()), this::reload)
                .keepingDraftAs("recommendation-" + d.id() + "-decision").open());
        decide.addThemeVariants(ButtonVariant.PRIMARY);
        bar.add(decide);
        return bar;
    }

    private void reload() {
        render();
    }

    private Component siblings(RecommendationDetail d) {
        Div box = new Div();
        box.addClassName("fan-out-summary");
        box.add(StageBar.of(d.siblings()));
        box.add(RecommendationLinks.report(getTranslation("recommendation.detail.every-recipient"), d.reportId()));
        return box;
    }

    /** The latest changes shown at once; earlier ones are folded away and made when opened. */
    static final int RECENT_CHANGES = 3;

    /**
     * The item's status changes, newest first: the latest {@link #RECENT_CHANGES} at once and the rest under "Earlier
     * changes", made when opened (a long history would otherwise cost every opening of the page in proportion to
     * its length, looked at or not: docs/performance.md, "Capacity").
     */
    private static Component history(List<StatusHistoryEntry> entries) {
        List<StatusHistoryEntry> newestFirst = entries.reversed();
        Div list = new Div();
        list.addClassName("status-history");
        newestFirst.stream().limit(RECENT_CHANGES).forEach(e -> list.add(entry(e)));
        if (newestFirst.size() > RECENT_CHANGES) {
            List<StatusHistoryEntry> earlier = List.copyOf(newestFirst.subList(RECENT_CHANGES, newestFirst.size()));
            Details more = LazyDetails.of(Messages.t("recommendation.detail.earlier", earlier.size()), () -> {
                Div rest = new Div();
                rest.addClassName("status-history");
                earlier.forEach(e -> rest.add(entry(e)));
                return rest;
            });
            more.addClassName("earlier-changes");
            list.add(more);
        }
        return list;
    }

    private static Div entry(StatusHistoryEntry e) {
        Div when = new Div(Formats.dateTime(e.changedAt()));
        when.addClassName("history-when");
        Div what = new Div();
        what.addClassName("history-what");
        if (e.from() != null) {
            what.add(StatusBadge.of(e.from()), new Span(" → "));
        }
        what.add(StatusBadge.of(e.to()));
        String by = e.changedBy() == null ? "" : e.changedBy() + (e.changedByOrganisation() == null ? "" : ", " + e.changedByOrganisation());
        Div who = new Div(by);
        who.addClassName("history-who");
        Div entry = new Div(when, what, who);
        entry.addClassName("history-entry");
        if (e.reason() != null) {
            Div why = new Div(e.reason());
            why.addClassName("history-why");
            entry.add(why);
        }
        return entry;
    }

    private static H3 section(String text) {
        H3 h = new H3(text);
        h.addClassName("detail-section");
        return h;
    }

    static Anchor evidenceLink(long evidenceId, String fileName) {
        Anchor a = new Anchor("/evidence/" + evidenceId, fileName);
        a.setRouterIgnore(true);
        return a;
    }
}
