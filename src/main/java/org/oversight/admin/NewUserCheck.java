package org.oversight.admin;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.oversight.admin.internal.JooqUserAdminRepository;
import org.oversight.base.InvalidInputException;
import org.oversight.base.Text;
import org.oversight.security.PasswordPolicy;
import org.oversight.security.Role;
import org.springframework.stereotype.Component;

/**
 * The rules for an account's fields, all checked at once so that the form shows every message together. Names may
 * contain any characters a name has, markup included: the application always shows text as text.
 */
@Component
class NewUserCheck {

    static final int USERNAME_MAX = 60;
    static final int DISPLAY_NAME_MAX = 120;
    static final int EMAIL_MAX = 200;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,59}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern CONTROL = Pattern.compile("\\p{Cc}");

    private final JooqUserAdminRepository users;
    private final PasswordPolicy passwordPolicy;

    NewUserCheck(JooqUserAdminRepository users, PasswordPolicy passwordPolicy) {
        this.users = users;
        this.passwordPolicy = passwordPolicy;
    }

    /** @return the user with surrounding blanks removed, if every field is acceptable */
    NewUser valid(NewUser user) {
        Map<String, String> problems = new LinkedHashMap<>();
        String username = strip(user.username());
        boolean control = user.displayName() != null && CONTROL.matcher(Text.clean(user.displayName())).find();
        String displayName = Text.cleanName(user.displayName()); // bidi overrides and zero-width characters go
        String email = strip(user.email());
        if (username.isEmpty()) {
            problems.put("username", "Enter a user name.");
        } else if (username.length() > USERNAME_MAX || !USERNAME.matcher(username).matches()) {
            problems.put("username", "Use 3 to " + USERNAME_MAX + " lower-case letters, digits, dots, hyphens or underscores, "
                    + "starting with a letter or digit, e.g. jane.smith.");
        } else if (users.usernameTaken(username)) {
            problems.put("username", "The user name " + username + " is taken. Choose another.");
        }
        if (displayName.isEmpty()) {
            problems.put("displayName", "Enter the person's name as colleagues know it.");
        } else if (displayName.length() > DISPLAY_NAME_MAX) {
            problems.put("displayName", "Use at most " + DISPLAY_NAME_MAX + " characters (this has " + displayName.length() + ").");
        } else if (control) {
            problems.put("displayName", "Use letters, spaces and punctuation only: the name contains an invisible control character.");
        }
        if (email.isEmpty()) {
            problems.put("email", "Enter an e-mail address: reminders and digests go there.");
        } else if (email.length() > EMAIL_MAX || !EMAIL.matcher(email).matches()) {
            problems.put("email", "Enter an e-mail address such as jane.smith@example.police.uk (at most " + EMAIL_MAX + " characters).");
        }
        scopeProblem(user.role(), user.organisationId()).ifPresent(p -> problems.put(p.field(), p.message()));
        passwordPolicy.problem(user.password(), username, displayName, email).ifPresent(m -> problems.put("password", m));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new NewUser(username, displayName, email, user.role(),
                user.role() == Role.ADMIN ? null : user.organisationId(), user.password());
    }

    void roleAndScope(Role role, Long organisationId) {
        scopeProblem(role, organisationId).ifPresent(p -> {
            throw new InvalidInputException(p.field(), p.message());
        });
    }

    private java.util.Optional<Problem> scopeProblem(Role role, Long organisationId) {
        if (role == null) {
            return java.util.Optional.of(new Problem("role", "Choose a role."));
        }
        String kind = role.organisationKind();
        if (kind == null) {
            return java.util.Optional.empty();
        }
        if (organisationId == null) {
            return java.util.Optional.of(new Problem("organisation", "Choose the " + kindLabel(kind) + " this person acts for."));
        }
        if (!users.organisationKind(organisationId).map(kind::equals).orElse(false)) {
            return java.util.Optional.of(new Problem("organisation", "A " + role.label().toLowerCase(java.util.Locale.UK)
                    + " acts for a " + kindLabel(kind) + ": choose one from the list."));
        }
        return java.util.Optional.empty();
    }

    private static String kindLabel(String kind) {
        return switch (kind) {
            case "WATCHDOG" -> "watchdog";
            case "FORCE" -> "police force";
            default -> "national body";
        };
    }

    private static String strip(String s) {
        return Text.clean(s);
    }

    private record Problem(String field, String message) {
    }
}
