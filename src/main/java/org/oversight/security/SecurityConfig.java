package org.oversight.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.oversight.security.ui.LoginView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

@Configuration
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfig {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                // the load balancer's probe: status only (details are never shown, see application.yml)
                .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                .requestMatchers("/styles/**", "/images/**").permitAll()
                // evidence downloads (actionplan.evidence.EvidenceController): signed in here, scope checked by the service
                .requestMatchers("/evidence/**").authenticated()
                // per-user calendar feeds: the secret token in the address is the credential (notification package)
                .requestMatchers("/calendar/**").permitAll());
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class, "/login?logout"));
        return http.build();
    }

    /** Delegating encoder: bcrypt today, and old hashes keep working if the default changes ({id} prefix). */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
