package org.oversight.publication.web;

/** The body of a public API refusal. */
public record ApiError(int status, String error) {
}
