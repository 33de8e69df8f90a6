package org.oversight.security;

import static org.oversight.db.Tables.API_TOKEN;
import static org.oversight.db.Tables.APP_USER;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * API tokens as stored: only the SHA-256 of a token is kept, so a copy of the database gives nobody a working token.
 * Here in the security layer so that deactivating an account (admin) can revoke its tokens; who may make, see and
 * revoke tokens is decided by api.ApiTokenService.
 */
@Repository
public class ApiTokenStore {

    /** Every token starts so, which lets secret scanners and people recognise one. */
    public static final String PREFIX = "ot_";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final DSLContext dsl;

    ApiTokenStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** A token as listed: never its secret. */
    public record StoredToken(long id, long userId, String username, String ownerName, String name, ApiTokenScope scope,
                              OffsetDateTime createdAt, LocalDate expiresOn, OffsetDateTime revokedAt,
                              OffsetDateTime lastUsedAt) {

        public boolean usableOn(LocalDate day) {
            return revokedAt == null && !day.isAfter(expiresOn);
        }
    }

    /** Makes a new secret; the caller shows it once and stores its {@link #hash}. */
    public static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public long insert(long userId, String name, String secretHash, ApiTokenScope scope, LocalDate expiresOn,
                       long createdBy, OffsetDateTime now) {
        return dsl.insertInto(API_TOKEN)
                .set(API_TOKEN.USER_ID, userId)
                .set(API_TOKEN.NAME, name)
                .set(API_TOKEN.TOKEN_HASH, secretHash)
                .set(API_TOKEN.SCOPE, scope.name())
                .set(API_TOKEN.EXPIRES_ON, expiresOn)
                .set(API_TOKEN.CREATED_AT, now)
                .set(API_TOKEN.CREATED_BY, createdBy)
                .returning(API_TOKEN.ID).fetchOne(API_TOKEN.ID);
    }

    public Optional<StoredToken> findByHash(String secretHash) {
        return select().where(API_TOKEN.TOKEN_HASH.eq(secretHash)).fetchOptional(ApiTokenStore::toToken);
    }

    public Optional<StoredToken> find(long id) {
        return select().where(API_TOKEN.ID.eq(id)).fetchOptional(ApiTokenStore::toToken);
    }

    public boolean nameTaken(long userId, String name) {
        return dsl.fetchExists(API_TOKEN, API_TOKEN.USER_ID.eq(userId), API_TOKEN.NAME.equalIgnoreCase(name),
                API_TOKEN.REVOKED_AT.isNull());
    }

    /** @param userId a user's tokens, or everybody's when null */
    public List<StoredToken> list(Long userId) {
        var q = select();
        return (userId == null ? q.where() : q.where(API_TOKEN.USER_ID.eq(userId)))
                .orderBy(API_TOKEN.REVOKED_AT.isNull().desc(), API_TOKEN.CREATED_AT.desc(), API_TOKEN.ID.desc())
                .fetch(ApiTokenStore::toToken);
    }

    /** @return whether the token was still live */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean revoke(long id, OffsetDateTime now) {
        return dsl.update(API_TOKEN).set(API_TOKEN.REVOKED_AT, now)
                .where(API_TOKEN.ID.eq(id), API_TOKEN.REVOKED_AT.isNull()).execute() == 1;
    }

    /** Revokes every live token of the user (their account was deactivated); @return how many */
    @Transactional(propagation = Propagation.MANDATORY)
    public int revokeAllOf(long userId, OffsetDateTime now) {
        return dsl.update(API_TOKEN).set(API_TOKEN.REVOKED_AT, now)
                .where(API_TOKEN.USER_ID.eq(userId), API_TOKEN.REVOKED_AT.isNull()).execute();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void touch(long id, OffsetDateTime now) {
        dsl.update(API_TOKEN).set(API_TOKEN.LAST_USED_AT, now).where(API_TOKEN.ID.eq(id)).execute();
    }

    private org.jooq.SelectJoinStep<Record> select() {
        return dsl.select(API_TOKEN.fields()).select(APP_USER.USERNAME, APP_USER.DISPLAY_NAME)
                .from(API_TOKEN).join(APP_USER).on(APP_USER.ID.eq(API_TOKEN.USER_ID));
    }

    private static StoredToken toToken(Record r) {
        return new StoredToken(r.get(API_TOKEN.ID), r.get(API_TOKEN.USER_ID), r.get(APP_USER.USERNAME),
                r.get(APP_USER.DISPLAY_NAME), r.get(API_TOKEN.NAME), ApiTokenScope.valueOf(r.get(API_TOKEN.SCOPE)),
                r.get(API_TOKEN.CREATED_AT), r.get(API_TOKEN.EXPIRES_ON), r.get(API_TOKEN.REVOKED_AT),
                r.get(API_TOKEN.LAST_USED_AT));
    }
}
