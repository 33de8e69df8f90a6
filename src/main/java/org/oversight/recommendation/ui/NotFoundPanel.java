package org.oversight.recommendation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.RouterLink;

/** What a detail page shows for an id that does not exist or that the user may not see: the same, on purpose. */
public final class NotFoundPanel {

    private NotFoundPanel() {
    }

    public static Div of(String heading, String explanation, String backText, Class<? extends Component> backTo) {
        Div panel = new Div(VaadinIcon.SEARCH_MINUS.create(), new H2(heading), new Paragraph(explanation),
                new RouterLink(backText, backTo));
        panel.addClassName("not-found-panel");
        return panel;
    }
}
