package org.oversight.api;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.util.unit.DataSize;

/**
 * The API's own filter chain, before the application's: {@code /api/**} is reached with a bearer token only (no
 * session, no sign-in form, and so no CSRF token, which protects cookies, not bearer tokens). Every refusal is a
 * problem document. Which calls a role may make is decided by the services, as for the screens.
 */
@Configuration
@ConditionalOnWebApplication
class ApiSecurityConfig {

    /** JSON bodies are small (a report, a recommendation): over this is a mistake or an attack. */
    static final DataSize MAX_JSON = DataSize.ofKilobytes(256);

    @Bean
    @Order(1)
    SecurityFilterChain apiFilterChain(HttpSecurity http, ApiTokenService tokens,
            @Value("${spring.servlet.multipart.max-request-size:26MB}") DataSize maxMultipart) throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .logout(logout -> logout.disable())
                .anonymous(anonymous -> { })
                .headers(headers -> headers.cacheControl(c -> { }))
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((request, response, ex) -> ApiProblems.write(response,
                                ApiTokenFilter.unauthorised("Send an API token as \"Authorization: Bearer <token>\". "
                                        + "Make one on the API tokens page.")))
                        .accessDeniedHandler((request, response, ex) -> ApiProblems.write(response,
                                ApiProblems.problem(HttpStatus.FORBIDDEN, "forbidden", "Not allowed", ex.getMessage()))))
                .addFilterBefore(new ApiTokenFilter(tokens, MAX_JSON.toBytes(), maxMultipart.toBytes()),
                        AuthorizationFilter.class);
        return http.build();
    }
}
