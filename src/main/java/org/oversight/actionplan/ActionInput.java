package org.oversight.actionplan;

import java.time.LocalDate;
import java.util.Set;

/**
 * What a lead types for an action. dueOn is used when the action is created and, on a plan never yet submitted,
 * when it is edited; afterwards the date moves only through a revision with a reason.
 */
public record ActionInput(String title, String description, String ownerName, LocalDate dueOn, Integer progress,
                          ActionStatus status, Set<Long> answers) {
}
