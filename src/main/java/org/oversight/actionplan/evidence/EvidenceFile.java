package org.oversight.actionplan.evidence;

/** A stored evidence file as served to someone allowed to see it. */
public record EvidenceFile(long id, String fileName, String contentType, byte[] content) {
}
