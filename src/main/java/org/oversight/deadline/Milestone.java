package org.oversight.deadline;

import java.time.LocalDate;
import java.util.Objects;

/** A dated step along a clock, such as a reminder letter; {@code isPublic} steps may be shown on the public view. */
public record Milestone(MilestoneKind kind, String label, LocalDate dueOn, boolean isPublic) {

    public Milestone {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(dueOn, "dueOn");
    }
}
