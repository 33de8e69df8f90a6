package org.oversight.publication.web;

/** Nothing public at this address: unknown, or not published (the public cannot tell which). */
final class PublicNotFound extends RuntimeException {

    PublicNotFound() {
        super("Not found", null, false, false); // i18n-ok: never shown, the page says it
    }

    static long id(String raw) {
        if (raw == null || raw.isEmpty() || raw.length() > 18 || !raw.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new PublicNotFound();
        }
        return Long.parseLong(raw);
    }
}
