package org.oversight.dashboard;

/** The first figures a user sees: their open, overdue and due-soon items, and those verified closed. */
public record HomeFigures(int open, int overdue, int dueSoon, int verifiedClosed) {
}
