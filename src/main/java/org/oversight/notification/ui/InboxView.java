package org.oversight.notification.ui;

import org.oversight.base.ui.BuiltOnEntry;
import com.vaadin.flow.router.HasDynamicTitle;
import org.oversight.base.i18n.Messages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.oversight.base.Formats;
import org.oversight.base.ui.Feedback;
import org.oversight.deadline.DeadlineCounts;
import org.oversight.deadline.DeadlineService;
import org.oversight.notification.InboxEntry;
import org.oversight.notification.InboxService;

/**
 * The decisions addressed to the signed-in person, "needs you" before "for information", unread first. Each entry
 * is a real link (through {@code /inbox/open/{id}}, which marks it read and redirects) to the exact place to act.
 */
@Route("inbox")
@Menu(order = 49, title = "notification.inbox.menu", icon = "vaadin:inbox")
@PermitAll
class InboxView extends VerticalLayout implements HasDynamicTitle, BuiltOnEntry {

    @Override
    public String getPageTitle() {
        return getTranslation("notification.inbox.page-title");
    }

    private final transient InboxService inbox;
    private final transient DeadlineService deadlines;
    private final Div lists = new Div();
    private Button markAll;

    InboxView(InboxService inbox, DeadlineService deadlines) {
        this.inbox = inbox;
        this.deadlines = deadlines;
        addClassName("inbox-view");
    }

    @Override
    public void build() {
        markAll = new Button(getTranslation("notification.inbox.mark-all"));
        DeadlineCounts counts = deadlines.myCounts();
        RouterLink deadlineLink = new RouterLink(getTranslation("notification.inbox.deadlines", counts.overdue(),
                counts.dueSoon(), deadlines.dueSoonDays()), DeadlineListView.class);
        markAll.addThemeVariants(ButtonVariant.TERTIARY);
        markAll.setDisableOnClick(true);
        markAll.addClickListener(e -> {
            int marked = inbox.markAllRead();
            Feedback.success(getTranslation(marked == 0 ? "notification.inbox.nothing-unread" : "notification.inbox.all-read"));
            refresh();
        });
        RouterLink settings = new RouterLink(getTranslation("notification.inbox.settings"), NotificationSettingsView.class);
        add(new H1(getTranslation("notification.inbox.heading")), new Paragraph(deadlineLink), new HorizontalLayout(markAll, settings), lists);
        refresh();
    }

    private void refresh() {
        lists.removeAll();
        List<InboxEntry> entries = inbox.mine();
        List<InboxEntry> needs = entries.stream().filter(InboxEntry::needsAction).toList();
        List<InboxEntry> info = entries.stream().filter(e -> !e.needsAction()).toList();
        lists.add(section(getTranslation("notification.inbox.needs-you"), needs, getTranslation("notification.inbox.needs-you.empty")));
        lists.add(section(getTranslation("notification.inbox.info"), info, getTranslation("notification.inbox.info.empty")));
        markAll.setEnabled(entries.stream().anyMatch(e -> !e.read()));
    }

    private static Component section(String title, List<InboxEntry> entries, String empty) {
        long unread = entries.stream().filter(e -> !e.read()).count();
        Div section = new Div(new H3(unread > 0 ? Messages.t("notification.inbox.section-unread", title, unread) : title));
        section.addClassName("inbox-section");
        if (entries.isEmpty()) {
            section.add(new Paragraph(empty));
            return section;
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("inbox-list");
        for (InboxEntry e : entries) {
            // a full request to /inbox/open/{id} (notification.internal.InboxOpenController): marks the entry read
            // and redirects to the place itself, whose own address the browser then shows
            Anchor link = new Anchor("inbox/open/" + e.id(), e.title());
            link.setRouterIgnore(true);
            link.addClassName("inbox-link");
            ListItem item = new ListItem();
            item.addClassName(e.read() ? "inbox-read" : "inbox-unread");
            if (!e.read()) {
                Span badge = new Span(Messages.t("notification.inbox.unread"));
                badge.getElement().getThemeList().add("badge");
                item.add(badge, new Span(" "));
            }
            item.add(link);
            String by = (e.actorName() == null ? "" : e.actorName() + ", ") + Formats.dateTime(e.occurredAt());
            Paragraph meta = new Paragraph(by);
            meta.addClassName("inbox-meta");
            item.add(meta);
            if (e.note() != null) {
                Paragraph note = new Paragraph(e.note());
                note.addClassName("inbox-note");
                item.add(note);
            }
            list.add(item);
        }
        section.add(list);
        return section;
    }
}
