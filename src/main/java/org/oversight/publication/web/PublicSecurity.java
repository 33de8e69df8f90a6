package org.oversight.publication.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The public register's own filter chain, in front of the application's: every address under {@code /public}, the
 * public OpenAPI document and the GOV.UK Frontend assets, open to anyone, stateless (no HTTP session, no session
 * cookie, whoever reads), rate-limited per address, read-only (GET and HEAD only: there is no form that changes
 * anything). Its Content-Security-Policy is stricter than the Vaadin application's: no inline or evaluated script.
 */
@Configuration
@ConditionalOnWebApplication
class PublicSecurity {

    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self'",
            // the charts are inline SVG, which JFreeSVG styles with attributes
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data:",
            "font-src 'self'",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 10)
    SecurityFilterChain publicRegisterChain(HttpSecurity http,
            @Value("${oversight.public.requests-per-minute:600}") int requestsPerMinute) throws Exception {
        http.securityMatcher("/public/**", "/v3/api-docs/public", "/v3/api-docs/public/**")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(r -> !"GET".equals(r.getMethod()) && !"HEAD".equals(r.getMethod())).denyAll()
                        .anyRequest().permitAll())
                // written here, not with sendError: Spring's /error page belongs to the application's chain
                .exceptionHandling(e -> e.accessDeniedHandler((request, response, denied) -> onlyReading(response))
                        .authenticationEntryPoint((request, response, denied) -> onlyReading(response)))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(AbstractHttpConfigurer::disable)
                .securityContext(c -> c.requireExplicitSave(true))
                .csrf(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                        .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
                        // the pages set their own Cache-Control (public, short-lived); Spring's default says no-store
                        .cacheControl(HeadersConfigurer.CacheControlConfig::disable)
                        .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000)))
                .addFilterBefore(new PublicRateLimit(requestsPerMinute), SecurityContextHolderFilter.class);
        return http.build();
    }

    /** Everything here is read-only: any other method is told so. */
    private static void onlyReading(jakarta.servlet.http.HttpServletResponse response) throws java.io.IOException {
        response.setStatus(405);
        response.setHeader("Allow", "GET, HEAD"); // i18n-ok: a header
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write("The public register can only be read: use GET."); // i18n-ok: an answer to programs
    }
}
