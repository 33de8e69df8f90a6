package org.oversight.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.ArrayList;
import java.util.List;
import org.oversight.base.i18n.Messages;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The GOV.UK error summary: at the top of a form or dialog, "There is a problem" and a list of what is wrong, each
 * entry a link to its field. It takes focus when shown, so that a screen reader reads it and a keyboard user is
 * one Tab from the first link. Hidden while there is nothing to say. Normally filled by {@link FieldMessages#show()}.
 */
public class ErrorSummary extends Div {

    private static final AtomicLong IDS = new AtomicLong();

    private final UnorderedList list = new UnorderedList();
    private final List<String> messages = new ArrayList<>();

    public ErrorSummary() {
        addClassName("error-summary");
        String titleId = "error-summary-title-" + IDS.incrementAndGet();
        H2 title = new H2(Messages.t("base.error-summary.title"));
        title.setId(titleId);
        title.addClassName("error-summary-title");
        list.addClassName("error-summary-list");
        add(title, list);
        getElement().setAttribute("role", "alert");
        getElement().setAttribute("aria-labelledby", titleId);
        getElement().setAttribute("tabindex", "-1");
        setVisible(false);
    }

    /** Takes away every entry and hides the summary. */
    public void clear() {
        list.removeAll();
        messages.clear();
        setVisible(false);
    }

    /** An entry that links to the field it is about (the field gets an id if it has none). */
    public void add(String message, Component field) {
        messages.add(message);
        if (field == null) {
            list.add(new ListItem(new Span(message)));
            return;
        }
        String id = field.getId().orElseGet(() -> {
            String made = "field-" + IDS.incrementAndGet();
            field.setId(made);
            return made;
        });
        Anchor link = new Anchor("#" + id, message);
        link.setRouterIgnore(true);
        if (field instanceof Focusable<?> focusable) {
            link.getElement().addEventListener("click", e -> focusable.focus());
        }
        list.add(new ListItem(link));
    }

    /** Shows the summary, if it has anything to say, and moves focus to it. */
    public void show() {
        setVisible(!messages.isEmpty());
        if (!messages.isEmpty()) {
            getElement().executeJs("this.focus(); this.scrollIntoView({block: 'nearest'})");
        }
    }

    /** What it says, in order. */
    public List<String> messages() {
        return List.copyOf(messages);
    }
}
