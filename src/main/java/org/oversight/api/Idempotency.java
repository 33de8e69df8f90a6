package org.oversight.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.oversight.api.internal.JooqRequestFingerprints;
import org.oversight.base.InvalidInputException;
import org.oversight.base.SubmissionKey;
import org.oversight.security.SignedInUser;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code Idempotency-Key} header of a POST as the services' {@link SubmissionKey}: the same key from the same
 * account is the same submission, so a retried request is answered with what the first one made
 * ({@code base.Submissions}) and creates nothing more. Keys of different accounts never meet. Keys are kept a day.
 * A key sent again with a different body is a mistake of the caller's, answered 422 ({@link KeyReused}): what the
 * first successful request asked for is kept as a digest of its body.
 */
@Component
class Idempotency {

    static final String HEADER = "Idempotency-Key";
    static final int MAX_LENGTH = 200;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JooqRequestFingerprints fingerprints;
    private final Clock clock;

    Idempotency(JooqRequestFingerprints fingerprints, Clock clock) {
        this.fingerprints = fingerprints;
        this.clock = clock;
    }

    /** The same key with another body than the first request's. */
    static final class KeyReused extends RuntimeException {
        KeyReused() {
            super("This Idempotency-Key was already used for a request with a different body. Send a new key for a new "
                    + "request; send the same key only to retry exactly the same request.");
        }
    }

    static SubmissionKey key(SignedInUser caller, String header) {
        String value = header == null ? "" : header.strip();
        if (value.isEmpty() || value.length() > MAX_LENGTH || !value.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw new InvalidInputException(HEADER, "The Idempotency-Key must be 1 to " + MAX_LENGTH
                    + " visible ASCII characters, such as a UUID.");
        }
        return new SubmissionKey(UUID.nameUUIDFromBytes((caller.id() + "\n" + value).getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * Runs a create under the request's key: the first request creates; a retry with the same body gets what the
     * service answers a repeated key (the first result); a retry with another body is refused with {@link KeyReused}.
     *
     * @param body what the request asked for: its fields, and any files as {@link MultipartFile}s
     */
    <T> T run(SignedInUser caller, String header, List<?> body, Function<SubmissionKey, T> create) {
        SubmissionKey key = key(caller, header);
        String fingerprint = fingerprint(body);
        fingerprints.find(key.value()).filter(first -> !first.equals(fingerprint)).ifPresent(first -> {
            throw new KeyReused();
        });
        T result = create.apply(key);
        fingerprints.remember(key.value(), fingerprint, OffsetDateTime.now(clock));
        return result;
    }

    static String fingerprint(List<?> body) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Object part : body) {
                if (part instanceof List<?> list && !list.isEmpty() && list.getFirst() instanceof MultipartFile) {
                    for (Object file : list) {
                        digestFile(sha, (MultipartFile) file);
                    }
                } else if (part instanceof MultipartFile file) {
                    digestFile(sha, file);
                } else {
                    sha.update(JSON.writeValueAsBytes(part));
                }
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void digestFile(MessageDigest sha, MultipartFile file) {
        sha.update(String.valueOf(file.getOriginalFilename()).getBytes(StandardCharsets.UTF_8));
        try (InputStream in = file.getInputStream()) {
            byte[] buffer = new byte[8192];
            for (int n; (n = in.read(buffer)) > 0; ) {
                sha.update(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
