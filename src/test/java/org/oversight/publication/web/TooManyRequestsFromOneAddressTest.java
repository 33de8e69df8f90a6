package org.oversight.publication.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** One address asking too often is told to wait with a 429; other addresses are served meanwhile. */
class TooManyRequestsFromOneAddressTest {

    final PublicRateLimit limit = new PublicRateLimit(3);

    @Test
    void theFourthRequestInAMinuteIsRefusedWithRetryAfter() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertThat(request("203.0.113.5", "/public").getStatus()).isEqualTo(200);
        }
        MockHttpServletResponse refused = request("203.0.113.5", "/public");

        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getHeader("Retry-After")).isEqualTo("60");
        assertThat(refused.getContentAsString()).contains("Too many requests").contains("at most 3 a minute");
        assertThat(request("198.51.100.7", "/public").getStatus()).as("another address").isEqualTo(200);
    }

    @Test
    void theApiIsToldInJson() throws Exception {
        for (int i = 0; i < 3; i++) {
            request("203.0.113.9", "/public/api/v1/recommendations");
        }
        MockHttpServletResponse refused = request("203.0.113.9", "/public/api/v1/recommendations");

        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getContentType()).isEqualTo("application/json");
        assertThat(refused.getContentAsString()).startsWith("{\"status\":429");
    }

    private MockHttpServletResponse request(String address, String path) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        request.setRemoteAddr(address);
        MockHttpServletResponse response = new MockHttpServletResponse();
        limit.doFilter(request, response, new MockFilterChain());
        return response;
    }
}
