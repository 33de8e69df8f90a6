package org.oversight.app;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.oversight.app.ui.LoginView;
import org.oversight.security.AccountCheck;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer.AuthorizedUrl;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

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
    SecurityFilterChain securityFilterChain(HttpSecurity http, SessionRegistry sessions, AccountCheck accounts,
            @Value("${oversight.security.account-check-interval:PT5S}") Duration accountCheckInterval) throws Exception {
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
        // A session ended that way says so in words a person reads, also to Vaadin's own requests (AccountChangeCheck).
        http.sessionManagement(session -> session.maximumSessions(-1).sessionRegistry(sessions)
                .expiredSessionStrategy(e -> AccountChangeCheck.sendToSignIn(e.getRequest(), e.getResponse())));
        // The registry is this node's only: every node also checks the account against the database (docs/security.md,
        // "Outages and several nodes").
        http.addFilterBefore(new AccountChangeCheck(accounts, accountCheckInterval), AuthorizationFilter.class);
        // The account could not be read (database unavailable): say so, not "wrong password" (app.ui.LoginView).
        http.formLogin(form -> form.failureHandler(new SignInFailure()));
        // Vaadin's configurer denies every address it does not know; a signed-in person who mistypes one should get
        // the application's "Page not found" (app.ui.ErrorView), so such requests reach Vaadin once signed in.
        // Anonymous callers are still sent to sign in first.
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class, "/login?logout")
                .anyRequest(AuthorizedUrl::authenticated));
        return http.build();
    }

    /** "/login?error" for wrong details, "/login?unavailable" when the account could not be read at all. */
    static final class SignInFailure extends SimpleUrlAuthenticationFailureHandler {

        SignInFailure() {
            super("/login?error");
        }

        @Override
        public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                            AuthenticationException exception) throws IOException, ServletException {
            if (exception instanceof AuthenticationServiceException) {
                getRedirectStrategy().sendRedirect(request, response, "/login?unavailable");
            } else {
                super.onAuthenticationFailure(request, response, exception);
            }
        }
    }
}
