package org.oversight.security;

import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.session.HttpSessionEventPublisher;

/** Security beans that services need also when the application runs as a command, without its web server. */
@Configuration
class SecurityBeans {

    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    /** Tells the session registry when sessions end or change id. */
    @Bean
    HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    /** The password check behind the sign-in throttle (Spring Security uses this one provider). */
    @Bean
    ThrottledAuthenticationProvider authenticationProvider(AccountDetailsService accounts, PasswordEncoder passwordEncoder,
                                                           SignInThrottle throttle) {
        return new ThrottledAuthenticationProvider(accounts, passwordEncoder, throttle);
    }

    /**
     * Spring Security's sign-in events, with the throttle's refusal ({@link SignInHeldBack}, a kind of lock) published
     * as the lock event it is, so that it is audited like any refused sign-in.
     */
    @Bean
    DefaultAuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher events) {
        DefaultAuthenticationEventPublisher publisher = new DefaultAuthenticationEventPublisher(events);
        publisher.setAdditionalExceptionMappings(Map.of(SignInHeldBack.class, AuthenticationFailureLockedEvent.class));
        return publisher;
    }

    /**
     * Delegating encoder: bcrypt today, and old hashes keep working if the default changes ({id} prefix). Hashing runs
     * on threads of its own, one per core by default, not on the request's virtual thread ({@link PasswordWork}).
     */
    @Bean(destroyMethod = "close")
    PasswordWork passwordEncoder(@Value("${oversight.security.password-threads:0}") int threads) {
        int count = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        return new PasswordWork(PasswordEncoderFactories.createDelegatingPasswordEncoder(), count);
    }
}
