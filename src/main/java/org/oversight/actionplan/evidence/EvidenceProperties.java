package org.oversight.actionplan.evidence;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits on evidence files, under {@code oversight.evidence}.
 *
 * @param maxSize        the largest file accepted (e.g. {@code 20MB}); files are held in memory while checked
 * @param maxFilesPerUpdate how many files one update may carry
 */
@ConfigurationProperties("oversight.evidence")
public record EvidenceProperties(@DefaultValue("20MB") DataSize maxSize, @DefaultValue("10") int maxFilesPerUpdate) {

    public EvidenceProperties {
        if (maxSize.toBytes() <= 0 || maxSize.toBytes() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("oversight.evidence.max-size must be between 1 byte and 2 GB");
        }
        if (maxFilesPerUpdate < 1) {
            throw new IllegalArgumentException("oversight.evidence.max-files-per-update must be at least 1");
        }
    }
}
