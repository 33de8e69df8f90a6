package org.oversight.admin;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.oversight.admin.internal.JooqUserAdminRepository;
import org.oversight.base.InvalidInputException;
import org.oversight.base.Text;
import org.oversight.base.i18n.Language;
import org.oversight.base.i18n.Messages;
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
            problems.put("username", Messages.t("admin.check.enter-user-name"));
        } else if (username.length() > USERNAME_MAX || !USERNAME.matcher(username).matches()) {
            problems.put("username", Messages.t("admin.check.user-name-form", String.valueOf(USERNAME_MAX)));
        } else if (users.usernameTaken(username)) {
            problems.put("username", Messages.t("admin.check.user-name-taken", username));
        }
        if (displayName.isEmpty()) {
            problems.put("displayName", Messages.t("admin.check.enter-name"));
        } else if (displayName.length() > DISPLAY_NAME_MAX) {
            problems.put("displayName", Messages.t("admin.check.name-too-long", String.valueOf(DISPLAY_NAME_MAX),
                    String.valueOf(displayName.length())));
        } else if (control) {
            problems.put("displayName", Messages.t("admin.check.name-control"));
        }
        if (email.isEmpty()) {
            problems.put("email", Messages.t("admin.check.enter-email"));
        } else if (email.length() > EMAIL_MAX || !EMAIL.matcher(email).matches()) {
            problems.put("email", Messages.t("admin.check.email-form", String.valueOf(EMAIL_MAX)));
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
            return java.util.Optional.of(new Problem("role", Messages.t("admin.check.choose-role")));
        }
        String kind = role.organisationKind();
        if (kind == null) {
            return java.util.Optional.empty();
        }
        if (organisationId == null) {
            return java.util.Optional.of(new Problem("organisation", switch (kind) {
                case "WATCHDOG" -> Messages.t("admin.check.choose-watchdog");
                case "FORCE" -> Messages.t("admin.check.choose-force");
                default -> Messages.t("admin.check.choose-national-body");
            }));
        }
        if (!users.organisationKind(organisationId).map(kind::equals).orElse(false)) {
            return java.util.Optional.of(new Problem("organisation", wrongKind(kind, role)));
        }
        return java.util.Optional.empty();
    }

    /** "A force lead acts for a police force: choose one from the list." */
    private static String wrongKind(String kind, Role role) {
        String name = Language.current() == Language.ENGLISH ? role.label().toLowerCase(Locale.UK) : role.label();
        return switch (kind) {
            case "WATCHDOG" -> Messages.t("admin.check.wrong-watchdog", name);
            case "FORCE" -> Messages.t("admin.check.wrong-force", name);
            default -> Messages.t("admin.check.wrong-national-body", name);
        };
    }

    private static String strip(String s) {
        return Text.clean(s);
    }

    private record Problem(String field, String message) {
    }
}
