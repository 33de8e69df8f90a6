package org.oversight.security;

import com.nulabinc.zxcvbn.Pattern;
import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import com.nulabinc.zxcvbn.matchers.Match;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.oversight.base.InvalidInputException;
import org.oversight.base.i18n.Language;
import org.oversight.base.i18n.Messages;
import org.springframework.stereotype.Component;

/**
 * What a new password must be (docs/decisions/0004-password-policy.md): 12 to 64 characters, not on the list of
 * common passwords, and not easy to guess by zxcvbn's estimate (score 3 of 4 or better), counting the person's own
 * name and user name and this application's name as words an attacker tries (a password containing one of them
 * outright is refused). No rules about digits or symbols:
 * they make passwords harder to remember, not to guess. The demo accounts' password "demo" never passes here;
 * those accounts are made by the demo loader, never through this policy.
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 64;
    /** bcrypt reads only the first 72 bytes; a longer password would be silently cut. */
    private static final int MAX_BYTES = 72;
    private static final int MIN_SCORE = 3;
    private static final List<String> APPLICATION_WORDS = List.of("oversight", "tracker", "police", "watchdog");

    /** zxcvbn reads its word lists when made (about 0.05 s of a start): made at the first password checked. */
    private static final class Estimator {
        static final Zxcvbn ZXCVBN = new Zxcvbn();
    }

    /**
     * @param personal the account's own words (user name, name, e-mail) that make a password easy to guess
     * @throws InvalidInputException on {@code field} with a message a person can act on
     */
    public void check(String field, String password, String... personal) {
        problem(password, personal).ifPresent(message -> {
            throw new InvalidInputException(field, message);
        });
    }

    public Optional<String> problem(String password, String... personal) {
        if (password == null || password.isEmpty()) {
            return Optional.of(Messages.t("security.password.enter"));
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return Optional.of(Messages.t("security.password.too-short", String.valueOf(MIN_LENGTH), String.valueOf(length)));
        }
        if (length > MAX_LENGTH || password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of(Messages.t("security.password.too-long", String.valueOf(MAX_LENGTH)));
        }
        List<String> words = words(personal);
        String letters = password.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
        if (words.stream().filter(w -> w.length() >= 4).anyMatch(letters::contains)) {
            return Optional.of(Messages.t("security.password.personal"));
        }
        Strength strength = Estimator.ZXCVBN.measure(password, words);
        if (isListedCommonPassword(strength, password)) {
            return Optional.of(Messages.t("security.password.common"));
        }
        if (strength.getScore() < MIN_SCORE) {
            StringBuilder message = new StringBuilder(Messages.t("security.password.too-easy"));
            if (Language.current() != Language.ENGLISH) {
                // zxcvbn's own advice is in English only: a reader of another language gets ours
                return Optional.of(message.append(' ').append(Messages.t("security.password.tip")).toString());
            }
            String warning = strength.getFeedback().getWarning(Locale.UK);
            List<String> suggestions = strength.getFeedback().getSuggestions(Locale.UK);
            if (warning != null && !warning.isBlank()) {
                message.append(' ').append(warning);
            }
            if (!suggestions.isEmpty()) {
                message.append(' ').append(suggestions.getFirst());
            }
            return Optional.of(message.toString());
        }
        return Optional.empty();
    }

    private static boolean isListedCommonPassword(Strength strength, String password) {
        for (Match m : strength.getSequence()) {
            if (m.pattern == Pattern.Dictionary && "passwords".equals(m.dictionaryName) && m.i == 0
                    && m.j == password.length() - 1) {
                return true;
            }
        }
        return false;
    }

    private static List<String> words(String... personal) {
        List<String> words = new ArrayList<>(APPLICATION_WORDS);
        for (String p : personal) {
            if (p == null || p.isBlank()) {
                continue;
            }
            for (String part : p.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
                if (part.length() >= 3) {
                    words.add(part);
                }
            }
        }
        return words;
    }
}
