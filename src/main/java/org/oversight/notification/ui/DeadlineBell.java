package org.oversight.notification.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.Locale;
import org.oversight.base.DatabaseOutage;
import org.oversight.deadline.DeadlineCounts;
import org.oversight.deadline.DeadlineService;
import org.oversight.notification.InboxService;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;

/**
 * The bell in the header: how many of the user's deadlines are overdue (red) and due soon (amber), beside how many
 * decisions in their inbox are unread (blue), counted afresh after every navigation (the shell and its bell are kept
 * from one navigation to the next, decision 0128), all in one statement ({@link InboxService#bell()}, decision 0149).
 * Clicking it opens the inbox, which links to the deadlines list. The deadline counts are those of
 * {@link DeadlineService#myBellCounts()}.
 */
@SpringComponent
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
public class DeadlineBell extends Composite<Button> implements AfterNavigationObserver {

    private final transient DeadlineService deadlines;
    private final transient InboxService inbox;
    private final Span overdue = new Span();
    private final Span dueSoon = new Span();
    private final Span unread = new Span();
    /** What the bell's sentence (its label and tooltip) was last written for. */
    private Shown shown;

    private record Shown(DeadlineCounts counts, int unread, Locale locale) {
    }

    public DeadlineBell(DeadlineService deadlines, InboxService inbox) {
        this.deadlines = deadlines;
        this.inbox = inbox;
    }

    @Override
    protected Button initContent() {
        overdue.addClassNames("deadline-bell-count", "overdue");
        dueSoon.addClassNames("deadline-bell-count", "due-soon");
        unread.addClassNames("deadline-bell-count", "inbox-unread-count");
        Button button = new Button(VaadinIcon.BELL.create());
        button.getElement().appendChild(overdue.getElement(), dueSoon.getElement(), unread.getElement());
        button.addThemeVariants(ButtonVariant.TERTIARY);
        button.addClassName("deadline-bell");
        button.addClickListener(e -> e.getSource().getUI().ifPresent(ui -> ui.navigate(InboxView.class)));
        return button;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        refresh();
    }

    /** During a database outage the bell shows no counts rather than taking the page (and its error view) down. */
    private void refresh() {
        DeadlineCounts counts;
        int unreadCount;
        try {
            InboxService.Bell bell = inbox.bell();
            counts = bell.deadlines();
            unreadCount = bell.unread();
        } catch (RuntimeException e) {
            if (!DatabaseOutage.isCause(e)) {
                throw e;
            }
            overdue.setVisible(false);
            dueSoon.setVisible(false);
            unread.setVisible(false);
            return;
        }
        show(overdue, counts.overdue());
        show(dueSoon, counts.dueSoon());
        show(unread, unreadCount);
        Shown now = new Shown(counts, unreadCount, getLocale());
        if (now.equals(shown)) {
            return; // the sentence already says so: no need to write it again on every navigation
        }
        shown = now;
        int commissioners = counts.commissionerOverdue() + counts.commissionerDueSoon();
        String summary = getTranslation("notification.bell.summary", counts.overdue(), counts.dueSoon(),
                deadlines.dueSoonDays(), commissioners, unreadCount);
        getContent().setAriaLabel(summary);
        getContent().setTooltipText(summary);
    }

    private static void show(Span count, int value) {
        count.setText(String.valueOf(value));
        count.setVisible(value > 0);
    }
}
