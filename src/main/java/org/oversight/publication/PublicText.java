package org.oversight.publication;

import java.time.LocalDate;

/** A published response or update: its day, who answered (an organisation, never a person) and its redacted text. */
public record PublicText(LocalDate on, String organisation, String text) {
}
