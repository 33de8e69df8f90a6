package org.oversight.app;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.oversight.app.ui.LoginView;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer.AuthorizedUrl;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may reach what over HTTP. Views decide their own access with annotations (checked by Vaadin on every
 * navigation); here are only the few public endpoints, the security headers and the session rules.
 * See docs/security.md.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
@ConditionalOnWebApplication
class SecurityConfig {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, SessionRegistry sessions) throws Exception {
        // Public endpoints, one line each; everything else needs a signed-in user.
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers("/actuator/health").permitAll() // the load balancer's probe: status only
                .requestMatchers("/styles/**", "/images/**").permitAll()
                // evidence downloads (actionplan.evidence.EvidenceController): signed in here, scope checked by the service
                .requestMatchers("/evidence/**").authenticated()
                // per-user calendar feeds: the secret token in the address is the credential (notification package)
                .requestMatchers("/calendar/**").permitAll()
        );
        http.headers(SecurityHeaders::apply);
        // The session id changes at sign-in (Spring Security's default, session fixation protection); the registry
        // lets an administrator's deactivation end the person's open sessions at once.
        http.sessionManagement(session -> session.maximumSessions(-1).sessionRegistry(sessions));
        // Vaadin's configurer denies every address it does not know; a signed-in person who mistypes one should get
        // the application's "Page not found" (app.ui.ErrorView), so such requests reach Vaadin once signed in.
        // Anonymous callers are still sent to sign in first.
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class, "/login?logout")
                .anyRequest(AuthorizedUrl::authenticated));
        return http.build();
    }
}
