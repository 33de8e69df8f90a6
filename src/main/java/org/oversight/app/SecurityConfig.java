package org.oversight.app;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.oversight.app.ui.LoginView;
import org.oversight.base.i18n.Language;
import org.oversight.base.i18n.Messages;
import org.oversight.security.AccountCheck;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer.AuthorizedUrl;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.authentication.LockedException;
import org.oversight.security.SignInHeldBack;

/**
 * Who may reach what over HTTP. Views decide their own access with annotations (checked by Vaadin on every
 * navigation); here are only the few public endpoints, the security headers and the session rules.
 * See docs/security.md.
 * <p>
 * No Spring method security: no service uses it (each checks roles and scope itself), and on the views it only made
 * Spring wrap each one in a proxy, matched against every method at every navigation (23 % of a loaded node's CPU
 * samples went to making views) and against every bean at start. Vaadin's navigation access control reads the views'
 * {@code @RolesAllowed} / {@code @PermitAll} itself. Without proxies Vaadin keeps the shell, and a view entered again,
 * from one navigation to the next, so each builds what it shows on entry (decisions 0122 and 0128).
 * ArchitectureTest.accessAnnotationsOnlyOnViews fails the build on such an annotation anywhere it would be ignored.
 */
@Configuration
@EnableWebSecurity
@ConditionalOnWebApplication
class SecurityConfig {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, SessionRegistry sessions, AccountCheck accounts,
            @Value("${oversight.security.account-check-interval:PT5S}") Duration accountCheckInterval,
            RequestUtil vaadinRequests) throws Exception {
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
        // (the sign-in page is named here too, so that Spring Security never generates its own default page)
        http.formLogin(form -> form.loginPage("/login").failureHandler(new SignInFailure()));
        // Vaadin's configurer denies every address it does not know; a signed-in person who mistypes one should get
        // the application's "Page not found" (app.ui.ErrorView), so such requests reach Vaadin once signed in.
        // Anonymous callers are still sent to sign in first.
        // CSRF: Vaadin's configurer would exempt the sign-in POST as well as its own requests (which carry Vaadin's
        // own token); a cross-site POST to /login could then sign a browser into someone else's account. Here only
        // Vaadin's internal requests are exempt: the login form sends Spring Security's token (from the page's
        // _csrf meta tags), and a POST to /login without it is refused with 403. See docs/security.md.
        // A refused request gets its 403 and a plain explanation here (sendError would forward to /error, which sends an
        // anonymous caller to sign in with a 302 instead).
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest)
                .withObjectPostProcessor(new ObjectPostProcessor<CsrfFilter>() {
                    @Override
                    public <O extends CsrfFilter> O postProcess(O filter) {
                        filter.setAccessDeniedHandler(SecurityConfig::refuseWithoutToken);
                        return filter;
                    }
                }));
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class, "/login?logout")
                .enableCsrfConfiguration(false)
                .anyRequest(AuthorizedUrl::authenticated));
        return http.build();
    }

    /**
     * Spring Security observes nothing: no request through its filters, no sign-in, no decision on access. With its
     * observations switched off (application.yml) it still wrapped each filter of every request in an observing
     * decorator that recorded nothing, about 1 % of a loaded node's CPU; these settings stop the wrapping itself
     * (decision 0150). Nothing reads such observations (only /actuator/health is exposed).
     */
    @Bean
    static SecurityObservationSettings securityObservesNothing() {
        return SecurityObservationSettings.noObservations();
    }

    /**
     * "/login?error" for wrong details, "/login?held" while too many wrong passwords hold this account back (from
     * this source, with the seconds to wait, or everywhere), "/login?unavailable" when the account could not be read.
     */
    static final class SignInFailure extends SimpleUrlAuthenticationFailureHandler {

        SignInFailure() {
            super("/login?error");
        }

        @Override
        public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                            AuthenticationException exception) throws IOException, ServletException {
            if (exception instanceof AuthenticationServiceException) {
                getRedirectStrategy().sendRedirect(request, response, "/login?unavailable");
            } else if (exception instanceof SignInHeldBack held) {
                getRedirectStrategy().sendRedirect(request, response, "/login?held=" + held.seconds());
            } else if (exception instanceof LockedException) {
                getRedirectStrategy().sendRedirect(request, response, "/login?held");
            } else {
                super.onAuthenticationFailure(request, response, exception);
            }
        }
    }

    private static void refuseWithoutToken(HttpServletRequest request, HttpServletResponse response,
                                           AccessDeniedException refused) throws IOException {
        Language language = Language.of(request.getLocale());
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write("<!doctype html><html lang=\"" + language.code() + "\"><title>"
                + Messages.t(language, "app.refused.title") + "</title><body><h1>"
                + Messages.t(language, "app.refused.heading") + "</h1><p>" + Messages.t(language, "app.refused.text")
                + " <a href=\"" + request.getContextPath() + "/login\">" + Messages.t(language, "app.refused.link")
                + "</a> " + Messages.t(language, "app.refused.again") + "</p></body></html>");
    }
}
