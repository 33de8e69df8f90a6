package org.oversight.actionplan.internal;

/** Whose a piece of evidence is (the organisation whose action or item it was posted on), and how to serve it. */
public record EvidenceScope(long evidenceId, long organisationId, String fileName, String contentType) {
}
