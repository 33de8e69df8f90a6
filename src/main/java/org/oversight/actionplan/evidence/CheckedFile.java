package org.oversight.actionplan.evidence;

import org.springframework.core.io.InputStreamSource;

/**
 * A file that passed the evidence checks: a safe name, the type its content really is, its size and SHA-256, and
 * where to read it from (a temporary file for an upload), so that it is stored as a stream.
 */
public record CheckedFile(String fileName, String contentType, long size, InputStreamSource content, String sha256) {
}
