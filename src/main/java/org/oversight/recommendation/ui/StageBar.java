package org.oversight.recommendation.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.oversight.recommendation.RecipientSummary;

/**
 * How the recipients of one recommendation stand, as a thin stacked bar under the sentence that says the same
 * ("44 recipients: 30 verified, …"): the words carry the meaning, the bar gives the proportion at a glance.
 */
public final class StageBar {

    private StageBar() {
    }

    public static Div of(RecipientSummary summary) {
        Div bar = new Div();
        bar.addClassName("stage-bar");
        bar.getElement().setAttribute("aria-hidden", "true");
        int total = Math.max(1, summary.total());
        for (RecipientSummary.Stage stage : summary.stages()) {
            Span part = new Span();
            part.addClassNames("stage", "stage-" + stage.code());
            part.getStyle().set("flex-grow", String.valueOf(stage.count()));
            part.getElement().setAttribute("title", stage.words());
            bar.add(part);
        }
        Div text = new Div(summary.describe());
        text.addClassName("stage-text");
        Div box = new Div(text, bar);
        box.addClassName("stage-summary");
        box.getElement().setAttribute("data-total", String.valueOf(total));
        return box;
    }
}
