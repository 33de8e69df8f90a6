package org.oversight.actionplan.internal;

import java.time.OffsetDateTime;

/** Who last saved a row and when, for the "changed by X at T — reload" message. */
public record LastChange(String changedBy, OffsetDateTime changedAt) {
}
