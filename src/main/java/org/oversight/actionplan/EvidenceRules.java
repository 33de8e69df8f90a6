package org.oversight.actionplan;

import java.util.List;

/** What an upload form tells people before they choose files: size limit, number of files, accepted types. */
public record EvidenceRules(long maxBytes, int maxFiles, List<String> extensions, String sentence) {
}
