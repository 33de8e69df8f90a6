package org.oversight.api;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.oversight.audit.AuditLog;
import org.oversight.base.InvalidInputException;
import org.oversight.base.RuleViolationException;
import org.oversight.base.SubmissionKey;
import org.oversight.base.Submissions;
import org.oversight.base.Text;
import org.oversight.base.i18n.Messages;
import org.oversight.security.ApiTokenScope;
import org.oversight.security.ApiTokenStore;
import org.oversight.security.ApiTokenStore.StoredToken;
import org.oversight.security.CurrentUser;
import org.oversight.security.Role;
import org.oversight.security.SignedInUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * API tokens: everybody makes, lists and revokes their own; an administrator also makes tokens for other accounts
 * (service accounts, made as ordinary accounts in user management) and lists and revokes anybody's. The secret is
 * returned once, when the token is made; only its hash is stored. Every use of a token is audited under its name.
 */
@Service
@Transactional
public class ApiTokenService {

    /** The longest a token may live: a year, so that forgotten tokens die by themselves. */
    public static final int MAX_DAYS = 366;
    static final int NAME_LENGTH = 60;

    private final ApiTokenStore store;
    private final CurrentUser currentUser;
    private final UserDetailsService accounts;
    private final AuditLog audit;
    private final Clock clock;
    private final Submissions submissions;

    ApiTokenService(ApiTokenStore store, CurrentUser currentUser, UserDetailsService accounts, AuditLog audit, Clock clock,
                    Submissions submissions) {
        this.submissions = submissions;
        this.store = store;
        this.currentUser = currentUser;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    /** What a person asks for; {@code forUsername} null means their own account (only administrators name another). */
    public record NewToken(String name, ApiTokenScope scope, LocalDate expiresOn, String forUsername) {
    }

    /** A token just made: the secret is shown now and never again. */
    public record CreatedToken(long id, String name, String secret, ApiTokenScope scope, LocalDate expiresOn, String owner) {
    }

    /** A token that authenticated a request: the account acting, and the token it acts through. */
    public record TokenUse(SignedInUser user, long tokenId, String tokenName, ApiTokenScope scope) {
    }

    /** Why a presented token did not authenticate, in words for the caller. */
    public static final class TokenRefused extends RuntimeException {
        TokenRefused(String message) {
            super(message);
        }
    }

    /**
     * Makes a token. The same form sent twice (same key) makes one token; as its secret was shown once only, the
     * repeat is told so rather than shown a secret that is no longer known.
     */
    public CreatedToken create(NewToken input, SubmissionKey key) {
        SignedInUser me = currentUser.require();
        CreatedToken[] made = new CreatedToken[1];
        submissions.once(key, "api_token", me.id(), () -> {
            made[0] = create(me, input);
            return made[0].id();
        });
        if (made[0] == null) {
            throw new RuleViolationException(Messages.t("api.tokens.check.made-twice"));
        }
        return made[0];
    }

    private CreatedToken create(SignedInUser me, NewToken input) {
        String name = Text.clean(input.name());
        Map<String, String> problems = new LinkedHashMap<>();
        SignedInUser owner = me;
        if (!Text.isBlank(input.forUsername())
                && !input.forUsername().strip().equals(me.getUsername())) {
            if (!me.is(Role.ADMIN)) {
                throw new AccessDeniedException(Messages.t("api.tokens.check.admin-only"));
            }
            owner = findAccount(input.forUsername().strip()).orElse(null);
            if (owner == null || !owner.isEnabled()) {
                problems.put("account", Messages.t("api.tokens.check.no-account", input.forUsername().strip()));
            }
        }
        if (name == null || name.isEmpty()) {
            problems.put("name", Messages.t("api.tokens.check.name"));
        } else if (name.length() > NAME_LENGTH) {
            problems.put("name", Messages.t("api.tokens.check.name-length", String.valueOf(NAME_LENGTH)));
        } else if (owner != null && store.nameTaken(owner.id(), name)) {
            problems.put("name", Messages.t("api.tokens.check.name-taken", name));
        }
        if (input.scope() == null) {
            problems.put("scope", Messages.t("api.tokens.check.scope"));
        }
        LocalDate today = LocalDate.now(clock);
        if (input.expiresOn() == null) {
            problems.put("expiresOn", Messages.t("api.tokens.check.expires"));
        } else if (!input.expiresOn().isAfter(today)) {
            problems.put("expiresOn", Messages.t("api.tokens.check.expires-past"));
        } else if (input.expiresOn().isAfter(today.plusDays(MAX_DAYS))) {
            problems.put("expiresOn", Messages.t("api.tokens.check.expires-too-late",
                    org.oversight.base.Formats.date(today.plusDays(MAX_DAYS))));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String secret = ApiTokenStore.newSecret();
        long id = store.insert(owner.id(), name, ApiTokenStore.hash(secret), input.scope(), input.expiresOn(), me.id(),
                OffsetDateTime.now(clock));
        audit.record("API_TOKEN_CREATED", "api_token", id, null, Map.of("name", name, "owner", owner.getUsername(),
                "scope", input.scope().name(), "expiresOn", input.expiresOn().toString()));
        return new CreatedToken(id, name, secret, input.scope(), input.expiresOn(), owner.getUsername());
    }

    /** The signed-in person's own tokens, newest first; revoked ones last. */
    @Transactional(readOnly = true)
    public List<StoredToken> mine() {
        return store.list(currentUser.require().id());
    }

    /** Every account's tokens: administrators only. */
    @Transactional(readOnly = true)
    public List<StoredToken> all() {
        currentUser.requireRole(Role.ADMIN);
        return store.list(null);
    }

    public void revoke(long tokenId) {
        SignedInUser me = currentUser.require();
        StoredToken token = store.find(tokenId).filter(t -> t.userId() == me.id() || me.is(Role.ADMIN))
                .orElseThrow(() -> new AccessDeniedException(Messages.t("api.tokens.check.no-token", String.valueOf(tokenId))));
        if (!store.revoke(tokenId, OffsetDateTime.now(clock))) {
            throw new RuleViolationException(Messages.t("api.tokens.check.already-revoked", token.name()));
        }
        audit.record("API_TOKEN_REVOKED", "api_token", tokenId, Map.of("name", token.name(), "owner", token.username()),
                Map.of("revoked", true));
    }

    /**
     * The account and token behind a presented secret, for one request: refused when the token is unknown, revoked
     * or expired, or its account deactivated or locked. The use is recorded (last use, and the audit trail under the
     * token's name).
     */
    public TokenUse authenticate(String secret, String method, String path) {
        StoredToken token = store.findByHash(ApiTokenStore.hash(secret))
                .orElseThrow(() -> new TokenRefused("The API token is not recognised. Check it was copied in full."));
        LocalDate today = LocalDate.now(clock);
        if (token.revokedAt() != null) {
            throw new TokenRefused("The API token " + token.name() + " has been revoked. Make a new one.");
        }
        if (today.isAfter(token.expiresOn())) {
            throw new TokenRefused("The API token " + token.name() + " expired on "
                    + org.oversight.base.Formats.date(token.expiresOn()) + ". Make a new one.");
        }
        SignedInUser user = findAccount(token.username()).orElse(null);
        if (user == null || !user.isEnabled() || !user.isAccountNonLocked()) {
            throw new TokenRefused("The account of the API token " + token.name() + " is not active.");
        }
        user.eraseCredentials();
        store.touch(token.id(), OffsetDateTime.now(clock));
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("token", token.name());
        details.put("tokenId", token.id());
        details.put("method", method);
        details.put("path", path);
        audit.recordForAccount("API_TOKEN_USED", user.id(), tokenActor(user, token.name()), details);
        return new TokenUse(user, token.id(), token.name(), token.scope());
    }

    /** How a token's use is named in the audit trail: "surrey (token: nightly sync)". */
    static String tokenActor(SignedInUser user, String tokenName) {
        return user.getUsername() + " (token: " + tokenName + ")";
    }

    private Optional<SignedInUser> findAccount(String username) {
        try {
            return Optional.of((SignedInUser) accounts.loadUserByUsername(username));
        } catch (UsernameNotFoundException e) {
            return Optional.empty();
        }
    }
}
