package org.oversight.publication;

import java.util.List;
import java.util.Optional;

/** A published item with its dated status history and the responses and updates the watchdog has published. */
public record PublicItemDetail(PublicItem item, List<PublicStatusChange> history, Optional<PublicText> response,
                               List<PublicText> updates) {
}
