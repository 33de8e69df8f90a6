package org.oversight.publication;

/** What a publication decision or a withheld passage is about. */
public enum SubjectKind {
    /** A report, and with it its items. */
    REPORT,
    /** One recipient's recommendation (a tracked item). */
    ITEM,
    /** The text of a recommendation, whoever it is addressed to (redactions only). */
    RECOMMENDATION,
    /** A recipient's response: its action plan for the report. */
    RESPONSE,
    /** A progress update. */
    UPDATE
}
