package org.oversight.outcome.ui;

import org.oversight.base.i18n.Messages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import java.util.Optional;
import org.oversight.outcome.NationalFollowUpService;
import org.oversight.recommendation.ui.ItemPageSection;

/** On the page of an item whose recommendation went to several recipients: a link to follow it as a whole. */
@org.springframework.stereotype.Component
class NationalLinkSection implements ItemPageSection {

    private final NationalFollowUpService service;

    NationalLinkSection(NationalFollowUpService service) {
        this.service = service;
    }

    @Override
    public int order() {
        return 5;
    }

    @Override
    public Optional<Component> render(long trackedId, Runnable reload) {
        return service.nationalOf(trackedId).map(r -> {
            Div box = new Div(NationalLinks.to(Messages.t("outcome.national.link"), r));
            box.addClassName("national-link");
            return box;
        });
    }
}
