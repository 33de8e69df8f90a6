package org.oversight.api;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.oversight.base.InvalidInputException;

/**
 * One page of a list. {@code next} is the cursor of the following page (absent on the last): send it back as
 * {@code cursor}. Lists are in the order the records were made, oldest first, so a page once read keeps its rows
 * when new ones are added: they appear on later pages.
 */
public record ApiPage<T>(List<T> items, String next) {

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 200;

    /** Where a page starts: the number of rows before it, in an opaque form. */
    static int offset(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return 0;
        }
        try {
            String s = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII);
            if (s.startsWith("o:")) {
                int offset = Integer.parseInt(s.substring(2));
                if (offset >= 0) {
                    return offset;
                }
            }
        } catch (IllegalArgumentException e) {
            // falls through to the message
        }
        throw new InvalidInputException("cursor", "The cursor is not one this API gave out. Start again without a cursor.");
    }

    static int limit(Integer limit) {
        if (limit == null) {
            return DEFAULT_LIMIT;
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidInputException("limit", "The limit must be a whole number from 1 to " + MAX_LIMIT + ".");
        }
        return limit;
    }

    /** The page, asking for one row more than the limit to know whether another page follows. */
    static <T> ApiPage<T> of(List<T> rowsPlusOne, int offset, int limit) {
        if (rowsPlusOne.size() > limit) {
            String next = Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(("o:" + (offset + limit)).getBytes(StandardCharsets.US_ASCII));
            return new ApiPage<>(List.copyOf(rowsPlusOne.subList(0, limit)), next);
        }
        return new ApiPage<>(List.copyOf(rowsPlusOne), null);
    }
}
