package org.oversight.publication;

import java.time.LocalDate;
import org.oversight.recommendation.Status;

/** A dated move of a published item; who made it is not public (staff names never are). */
public record PublicStatusChange(LocalDate on, Status from, Status to) {
}
