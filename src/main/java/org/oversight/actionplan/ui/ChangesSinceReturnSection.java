package org.oversight.actionplan.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import org.oversight.actionplan.PlanChanges;
import org.oversight.actionplan.PlanChanges.ActionChange;
import org.oversight.base.Formats;
import org.oversight.base.i18n.Messages;

/**
 * On a plan submitted again after a return: what changed since the watchdog returned it, so that the watchdog
 * need not compare the two from memory. Text people typed is shown as text.
 */
class ChangesSinceReturnSection extends Composite<Div> {

    ChangesSinceReturnSection(PlanChanges changes) {
        Div root = getContent();
        root.addClassName("plan-changes");
        root.add(new H3(getTranslation("actionplan.changes.heading")));
        root.add(new Paragraph(getTranslation("actionplan.changes.returned-on", Formats.dateTime(changes.returnedAt()), changes.headline())));
        if (changes.summaryChanged()) {
            root.add(new H4(getTranslation("actionplan.plan.summary")));
            root.add(labelled(getTranslation("actionplan.changes.before"), changes.summaryBefore()),
                    labelled(getTranslation("actionplan.changes.now"), changes.summaryAfter()));
        }
        list(root, getTranslation("actionplan.changes.actions-added"), changes.added());
        list(root, getTranslation("actionplan.changes.actions-removed"), changes.removed());
        if (!changes.changed().isEmpty()) {
            root.add(new H4(getTranslation("actionplan.changes.actions-changed")));
            UnorderedList list = new UnorderedList();
            for (ActionChange a : changes.changed()) {
                UnorderedList fields = new UnorderedList();
                a.fields().forEach(f -> fields.add(new ListItem(f.line())));
                ListItem item = new ListItem(a.title());
                item.add(fields);
                list.add(item);
            }
            root.add(list);
        }
    }

    private static void list(Div root, String heading, List<ActionChange> actions) {
        if (actions.isEmpty()) {
            return;
        }
        root.add(new H4(heading));
        UnorderedList list = new UnorderedList();
        actions.forEach(a -> list.add(new ListItem(Messages.t("actionplan.changes.action", a.title(), a.owner(), a.dueOn()))));
        root.add(list);
    }

    private static Paragraph labelled(String label, String text) {
        Paragraph p = new Paragraph(label + ": " + (text == null ? Messages.t("actionplan.changes.none") : text));
        p.addClassName("plan-changes-summary");
        return p;
    }
}
