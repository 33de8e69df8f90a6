package org.oversight.api;

import java.util.List;
import org.oversight.actionplan.EvidenceUpload;
import org.springframework.web.multipart.MultipartFile;

/** Files of a multipart request as the services take them (checked there, by content, as the screens' uploads are). */
final class Uploads {

    private Uploads() {
    }

    static List<EvidenceUpload> of(List<MultipartFile> files) {
        if (files == null) {
            return List.of();
        }
        return files.stream().filter(f -> !f.isEmpty() || f.getOriginalFilename() != null && !f.getOriginalFilename().isBlank())
                .map(f -> new EvidenceUpload(f.getOriginalFilename(), f.getSize(), f::getInputStream)).toList();
    }
}
