package org.oversight.recommendation;

/** A theme under which reports and recommendations are filed (e.g. CSE, Custody). */
public record ThemeRef(long id, String code, String name) {
}
