package org.oversight.publication;

import java.util.Comparator;
import java.util.List;

/**
 * Puts "[withheld: ground]" in place of every withheld passage of a text. The one place where published text is
 * redacted: the public pages, downloads, API and search all read text that went through here.
 */
public final class Redactions {

    /** A withheld passage of one text. */
    public record Passage(String text, Ground ground) {
    }

    private Redactions() {
    }

    public static String apply(String text, List<Passage> passages) {
        if (text == null || passages.isEmpty()) {
            return text;
        }
        String out = text;
        // longest first, so that a passage inside a longer withheld passage cannot leave part of the longer one
        for (Passage p : passages.stream().sorted(Comparator.comparingInt((Passage p) -> p.text().length()).reversed()).toList()) {
            if (!p.text().isEmpty()) {
                out = out.replace(p.text(), p.ground().marker());
            }
        }
        return out;
    }
}
