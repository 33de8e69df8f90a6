package org.oversight.notification.internal;

import org.oversight.base.i18n.Messages;
import java.net.URI;
import org.oversight.notification.InboxService;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * /inbox/open/{id}: an inbox entry's link. Marks the entry read for the signed-in user and redirects to the place
 * where it is acted on, so that the browser shows that place's own address (bookmarkable, shareable) and a link
 * opened in a new tab works the same. Someone else's entry, or none, answers 404: it never says that it exists.
 */
@Controller
class InboxOpenController {

    private final InboxService inbox;

    InboxOpenController(InboxService inbox) {
        this.inbox = inbox;
    }

    @GetMapping("/inbox/open/{entryId}")
    ResponseEntity<Void> open(@PathVariable long entryId) {
        String path = inbox.open(entryId)
                .map(p -> p.startsWith("/") ? p : "/" + p)
                .filter(p -> !p.startsWith("//"))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, Messages.t("notification.inbox.no-entry")));
        return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create(path)).build();
    }
}
