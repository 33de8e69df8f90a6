package org.oversight.actionplan.evidence;

import java.nio.charset.StandardCharsets;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /evidence/{id}}: the file as an attachment (never shown inline, so an uploaded file cannot run as a
 * page of this site), with the type checked at upload; Spring Security adds {@code X-Content-Type-Options: nosniff}.
 * Not found and not allowed both answer 404.
 */
@RestController
class EvidenceController {

    private final EvidenceService evidence;

    EvidenceController(EvidenceService evidence) {
        this.evidence = evidence;
    }

    // digits only: /evidence/abc is not a file but an address that does not exist (the shell's "Page not found")
    @GetMapping("/evidence/{id:\\d{1,18}}")
    ResponseEntity<byte[]> download(@PathVariable("id") long id) {
        EvidenceFile file;
        try {
            file = evidence.download(id);
        } catch (AccessDeniedException e) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.TEXT_PLAIN)
                    .body(e.getMessage().getBytes(StandardCharsets.UTF_8));
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .contentLength(file.content().length)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
                .cacheControl(CacheControl.noStore().cachePrivate())
                .body(file.content());
    }
}
