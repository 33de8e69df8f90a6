package org.oversight.outcome;

import java.time.LocalDate;

/** A report an outcome may rest on, for the form's list. */
public record SourceChoice(long reportId, String reference, String title, LocalDate publishedOn) {

    public String label() {
        return reference + " – " + title;
    }
}
