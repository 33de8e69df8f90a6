package org.oversight.actionplan;

/** A file as received from the browser, before it has been checked. */
public record EvidenceUpload(String fileName, byte[] content) {
}
