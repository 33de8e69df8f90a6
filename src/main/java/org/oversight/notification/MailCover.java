package org.oversight.notification;

import java.time.LocalDate;

/** A deputy who receives a person's handoff mail from {@code startsOn} to {@code endsOn}, both included. */
public record MailCover(long deputyId, String deputyName, LocalDate startsOn, LocalDate endsOn) {
}
