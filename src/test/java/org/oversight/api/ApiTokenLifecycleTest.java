package org.oversight.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.oversight.db.Tables.API_TOKEN;
import static org.oversight.db.Tables.AUDIT_EVENT;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.oversight.admin.AdminUserService;
import org.oversight.base.InvalidInputException;
import org.oversight.security.ApiTokenScope;
import org.oversight.security.ApiTokenStore;
import org.oversight.testsupport.DatabaseTest;
import org.oversight.testsupport.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.annotation.Transactional;

/** A token made, shown once, used (last use, audit under its name), refused when expired, revoked or its owner gone. */
@DatabaseTest
@Transactional
class ApiTokenLifecycleTest {

    @Autowired ApiTokenService tokens;
    @Autowired ApiClient api;
    @Autowired AdminUserService admin;
    @Autowired UserDetailsService users;
    @Autowired DSLContext dsl;
    @Autowired Clock clock;

    @AfterEach
    void out() {
        SignIn.out();
    }

    ApiTokenService.CreatedToken make(String username, ApiTokenScope scope) {
        SignIn.as(users, username);
        return tokens.create(new ApiTokenService.NewToken("nightly sync", scope, LocalDate.now(clock).plusDays(30), null), org.oversight.base.SubmissionKey.fresh());
    }

    @Test
    void theSameFormSentTwiceMakesOneTokenAndTheRepeatIsToldItsSecretWasShownOnce() {
        SignIn.as(users, "surrey");
        var key = org.oversight.base.SubmissionKey.fresh();
        var form = new ApiTokenService.NewToken("double click", ApiTokenScope.READ, LocalDate.now(clock).plusDays(30), null);
        tokens.create(form, key);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> tokens.create(form, key))
                .isInstanceOf(org.oversight.base.RuleViolationException.class).hasMessageContaining("shown once only");
        assertThat(tokens.mine()).filteredOn(t -> t.name().equals("double click")).hasSize(1);
    }

    @Test
    void aNewTokenIsShownOnceStoredAsAHashAndWorksUntilRevoked() throws Exception {
        var made = make("surrey", ApiTokenScope.READ_WRITE);

        assertThat(made.secret()).startsWith("ot_").hasSizeGreaterThan(40);
        String stored = dsl.select(API_TOKEN.TOKEN_HASH).from(API_TOKEN).where(API_TOKEN.ID.eq(made.id())).fetchSingle(API_TOKEN.TOKEN_HASH);
        assertThat(stored).isEqualTo(ApiTokenStore.hash(made.secret())).isNotEqualTo(made.secret());
        assertThat(tokens.mine()).singleElement().satisfies(t -> {
            assertThat(t.name()).isEqualTo("nightly sync");
            assertThat(t.lastUsedAt()).isNull();
        });

        assertThat(api.get("/api/v1/reports", made.secret()).getResponse().getStatus()).isEqualTo(200);

        SignIn.as(users, "surrey");
        assertThat(tokens.mine().getFirst().lastUsedAt()).isNotNull();
        var use = dsl.selectFrom(AUDIT_EVENT).where(AUDIT_EVENT.ACTION.eq("API_TOKEN_USED")).orderBy(AUDIT_EVENT.ID.desc())
                .limit(1).fetchSingle();
        assertThat(use.getUsername()).isEqualTo("surrey (token: nightly sync)");
        assertThat(use.getAfterJson()).contains("/api/v1/reports").contains("GET");

        tokens.revoke(made.id());
        MvcResult refused = api.get("/api/v1/reports", made.secret());
        assertThat(refused.getResponse().getStatus()).isEqualTo(401);
        assertThat(refused.getResponse().getContentType()).startsWith("application/problem+json");
        assertThat(refused.getResponse().getContentAsString()).contains("has been revoked");
        assertThat(refused.getResponse().getHeader("WWW-Authenticate")).startsWith("Bearer");
    }

    @Test
    void aReadTokenReadsButAnyWriteIsRefusedWith403() throws Exception {
        var made = make("hmicfrs", ApiTokenScope.READ);

        assertThat(api.get("/api/v1/reports", made.secret()).getResponse().getStatus()).isEqualTo(200);
        MvcResult write = api.postJson("/api/v1/reports", made.secret(), UUID.randomUUID().toString(), "{}");
        assertThat(write.getResponse().getStatus()).isEqualTo(403);
        assertThat(write.getResponse().getContentAsString()).contains("may only read");
    }

    @Test
    void anExpiredTokenAMissingOneAndAnUnknownOneGet401() throws Exception {
        var made = make("surrey", ApiTokenScope.READ_WRITE);
        dsl.update(API_TOKEN).set(API_TOKEN.EXPIRES_ON, LocalDate.now(clock).minusDays(1)).where(API_TOKEN.ID.eq(made.id())).execute();

        MvcResult expired = api.get("/api/v1/reports", made.secret());
        assertThat(expired.getResponse().getStatus()).isEqualTo(401);
        assertThat(expired.getResponse().getContentAsString()).contains("expired on");
        assertThat(api.get("/api/v1/reports", null).getResponse().getStatus()).isEqualTo(401);
        MvcResult unknown = api.get("/api/v1/reports", "ot_not-a-real-token");
        assertThat(unknown.getResponse().getStatus()).isEqualTo(401);
        assertThat(unknown.getResponse().getContentAsString()).contains("not recognised");
    }

    @Test
    void deactivatingTheOwnerRevokesTheirTokens() throws Exception {
        var made = make("devon", ApiTokenScope.READ_WRITE);
        long devon = dsl.select(API_TOKEN.USER_ID).from(API_TOKEN).where(API_TOKEN.ID.eq(made.id())).fetchSingle(API_TOKEN.USER_ID);
        SignIn.as(users, "admin");
        int version = admin.list().stream().filter(u -> u.id() == devon).findFirst().orElseThrow().version();

        admin.deactivate(devon, version);

        assertThat(dsl.select(API_TOKEN.REVOKED_AT).from(API_TOKEN).where(API_TOKEN.ID.eq(made.id())).fetchSingle(API_TOKEN.REVOKED_AT))
                .isNotNull();
        assertThat(api.get("/api/v1/reports", made.secret()).getResponse().getStatus()).isEqualTo(401);
    }

    @Test
    void anAdministratorMakesATokenForAServiceAccountAndSeesEveryonesTokens() {
        make("surrey", ApiTokenScope.READ);
        SignIn.as(users, "admin");
        var made = tokens.create(new ApiTokenService.NewToken("force system", ApiTokenScope.READ_WRITE,
                LocalDate.now(clock).plusDays(10), "devon"), org.oversight.base.SubmissionKey.fresh());

        assertThat(made.owner()).isEqualTo("devon");
        assertThat(tokens.all()).extracting(ApiTokenStore.StoredToken::username).contains("surrey", "devon");
    }

    @Test
    void nobodyButAnAdministratorMakesTokensForOthersOrSeesThemOrRevokesThem() {
        var surreys = make("surrey", ApiTokenScope.READ);
        SignIn.as(users, "devon");

        assertThatThrownBy(() -> tokens.create(new ApiTokenService.NewToken("x", ApiTokenScope.READ,
                LocalDate.now(clock).plusDays(10), "surrey"), org.oversight.base.SubmissionKey.fresh())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> tokens.all()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> tokens.revoke(surreys.id())).isInstanceOf(AccessDeniedException.class);
        assertThat(tokens.mine()).isEmpty();
    }

    @Test
    void aTokenNeedsANameAScopeAndAnExpiryWithinAYear() {
        SignIn.as(users, "surrey");
        assertThatThrownBy(() -> tokens.create(new ApiTokenService.NewToken(" \u200B ", null,
                LocalDate.now(clock).plusYears(2), null), org.oversight.base.SubmissionKey.fresh()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldMessages())
                        .containsKeys("name", "scope", "expiresOn")
                        .containsEntry("name", "Enter a name for the token, such as the system that will use it."));
        assertThatThrownBy(() -> tokens.create(new ApiTokenService.NewToken("a", ApiTokenScope.READ,
                LocalDate.now(clock), null), org.oversight.base.SubmissionKey.fresh()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldMessages())
                        .containsEntry("expiresOn", "The expiry date must be in the future."));
    }
}
