package org.oversight.recommendation;

/** The kinds of report in the {@code report.kind} column. */
public enum ReportKind {
    INSPECTION, INVESTIGATION, INQUIRY, RESEARCH
}
