package org.oversight.actionplan.evidence;

/** A file that passed the evidence checks: a safe name, the type its content really is, and its SHA-256. */
public record CheckedFile(String fileName, String contentType, byte[] content, String sha256) {
}
