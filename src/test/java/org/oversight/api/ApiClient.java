package org.oversight.api;

import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import static org.oversight.db.Tables.RECOMMENDATION;
import static org.oversight.db.Tables.TRACKED_RECOMMENDATION;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.jooq.DSLContext;
import org.oversight.security.ApiTokenScope;
import org.oversight.security.ApiTokenStore;
import org.oversight.security.SignedInUser;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Test side: calls the API over HTTP (MockMvc through the whole filter chain) with bearer tokens issued straight into
 * the token table for a demo account, inside the test's transaction.
 */
@Component
public class ApiClient {

    private final WebApplicationContext context;
    private final ApiTokenStore store;
    private final UserDetailsService users;
    private final Clock clock;
    private final DSLContext dsl;
    private MockMvc mvc;

    ApiClient(WebApplicationContext context, ApiTokenStore store, UserDetailsService users, Clock clock, DSLContext dsl) {
        this.dsl = dsl;
        this.context = context;
        this.store = store;
        this.users = users;
        this.clock = clock;
    }

    /** A live token for the account, good for a month; null username means no token at all. */
    public String token(String username, ApiTokenScope scope) {
        if (username == null) {
            return null;
        }
        SignedInUser user = (SignedInUser) users.loadUserByUsername(username);
        String secret = ApiTokenStore.newSecret();
        store.insert(user.id(), "test " + UUID.randomUUID().toString().substring(0, 8), ApiTokenStore.hash(secret), scope,
                LocalDate.now(clock).plusMonths(1), user.id(), OffsetDateTime.now(clock));
        return secret;
    }

    /** The report a tracked item's recommendation belongs to. */
    public long reportOf(long trackedId) {
        return dsl.select(RECOMMENDATION.REPORT_ID).from(TRACKED_RECOMMENDATION).join(RECOMMENDATION)
                .on(RECOMMENDATION.ID.eq(TRACKED_RECOMMENDATION.RECOMMENDATION_ID))
                .where(TRACKED_RECOMMENDATION.ID.eq(trackedId)).fetchSingle(RECOMMENDATION.REPORT_ID);
    }

    public String token(String username) {
        return token(username, ApiTokenScope.READ_WRITE);
    }

    public MvcResult get(String path, String token) throws Exception {
        return perform(MockMvcRequestBuilders.get(path), token);
    }

    public MvcResult postJson(String path, String token, String key, String json) throws Exception {
        var request = MockMvcRequestBuilders.post(path).contentType(MediaType.APPLICATION_JSON).content(json);
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return perform(request, token);
    }

    public MvcResult perform(AbstractMockHttpServletRequestBuilder<?> request, String token) throws Exception {
        if (token != null) {
            request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
        }
        // the API knows callers by their token only: whoever the test signed in for its fixtures is not sent
        var before = SecurityContextHolder.getContext();
        SecurityContextHolder.clearContext();
        try {
            return mvc().perform(request).andReturn();
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }

    private MockMvc mvc() {
        if (mvc == null) {
            mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        }
        return mvc;
    }
}
