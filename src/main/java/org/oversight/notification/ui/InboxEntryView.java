package org.oversight.notification.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.oversight.base.ui.NotFound;
import org.oversight.notification.InboxService;

/** inbox/open/{id}: marks the entry read and goes on to where it is acted on. */
@Route("inbox/open")
@PermitAll
class InboxEntryView extends Div implements HasUrlParameter<Long> {

    private final transient InboxService inbox;

    InboxEntryView(InboxService inbox) {
        this.inbox = inbox;
    }

    static String path(long entryId) {
        return "inbox/open/" + entryId;
    }

    @Override
    public void setParameter(BeforeEvent event, Long entryId) {
        String path = NotFound.unless(inbox.open(entryId), "inbox entry");
        String location = path.startsWith("/") ? path.substring(1) : path;
        event.forwardTo(location);
        // a forward keeps the address it came from: once the navigation has written its own history entry, show the
        // place's own address instead (resolved against the app's base), so that it can be bookmarked and shared
        event.getUI().getPage().executeJs("const to = new URL($0, document.baseURI).href;"
                + " setTimeout(() => history.replaceState(history.state, '', to), 0);", location);
    }
}
