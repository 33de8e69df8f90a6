package org.oversight.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.HexFormat;

/** What an audit event's hash covers, in one canonical form used both to write and to verify the chain. */
record AuditEventContent(OffsetDateTime occurredAt, Long userId, String username, String action, String entityType,
                         Long entityId, String beforeJson, String afterJson, String correlationId) {

    String hash(String previousHash) {
        String canonical = String.join("\u001f", previousHash, occurredAt.toInstant().toString(), str(userId), str(username),
                action, entityType, str(entityId), str(beforeJson), str(afterJson), str(correlationId));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String str(Object o) {
        return o == null ? "\u2400" : o.toString();
    }
}
