package org.oversight.api;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.oversight.base.InvalidInputException;
import org.oversight.base.SubmissionKey;
import org.oversight.security.SignedInUser;

/**
 * The {@code Idempotency-Key} header of a POST as the services' {@link SubmissionKey}: the same key from the same
 * account is the same submission, so a retried request is answered with what the first one made
 * ({@code base.Submissions}) and creates nothing more. Keys of different accounts never meet. Keys are kept a day.
 */
final class Idempotency {

    static final String HEADER = "Idempotency-Key";
    static final int MAX_LENGTH = 200;

    private Idempotency() {
    }

    static SubmissionKey key(SignedInUser caller, String header) {
        String value = header == null ? "" : header.strip();
        if (value.isEmpty() || value.length() > MAX_LENGTH || !value.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw new InvalidInputException(HEADER, "The Idempotency-Key must be 1 to " + MAX_LENGTH
                    + " visible ASCII characters, such as a UUID.");
        }
        return new SubmissionKey(UUID.nameUUIDFromBytes((caller.id() + "\n" + value).getBytes(StandardCharsets.UTF_8)));
    }
}
