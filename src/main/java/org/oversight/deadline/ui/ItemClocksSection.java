package org.oversight.deadline.ui;

import org.oversight.base.i18n.Messages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.Optional;
import org.oversight.deadline.ClockDetails;
import org.oversight.deadline.ClockService;
import org.oversight.deadline.ItemClocks;
import org.oversight.recommendation.ui.ItemPageSection;

/**
 * On the item page: every clock that applies to the item (response, commissioner's response, IOPC publication,
 * inquiry milestones, action targets), where it stands, and the sentence that explains its date, each linked to
 * the clock page.
 */
@org.springframework.stereotype.Component
class ItemClocksSection implements ItemPageSection {

    private final ClockService clocks;

    ItemClocksSection(ClockService clocks) {
        this.clocks = clocks;
    }

    /** The clocks come first among the sections, straight after the item's facts. */
    @Override
    public int order() {
        return -10;
    }

    @Override
    public Optional<Component> render(long trackedId, Runnable reload) {
        ItemClocks item = clocks.clocksOf(trackedId);
        Div section = new Div();
        section.addClassName("item-clocks");
        H3 heading = new H3(Messages.t("deadline.ui.deadlines"));
        heading.addClassName("section-heading");
        section.add(heading);
        if (item.clocks().isEmpty()) {
            section.add(new Paragraph(Messages.t("deadline.ui.no-clock")));
            return Optional.of(section);
        }
        for (ClockDetails c : item.clocks()) {
            Span name = new Span(c.label());
            name.addClassName("item-clock-name");
            Div head = new Div(name, ClockPanel.phase(c));
            head.addClassName("item-clock-head");
            head.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "0.5rem")
                    .set("align-items", "baseline");
            Paragraph why = new Paragraph(c.explanation());
            why.addClassName("clock-explanation");
            Div row = new Div(head, why);
            row.addClassName("item-clock");
            section.add(row);
        }
        Anchor all = new Anchor("deadlines/" + trackedId, Messages.t("deadline.ui.see-clocks"));
        section.add(all);
        return Optional.of(section);
    }
}
