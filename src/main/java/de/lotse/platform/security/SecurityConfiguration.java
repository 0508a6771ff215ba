package de.lotse.platform.security;

import de.lotse.platform.ApiTokenVerifier;
import de.lotse.platform.ProblemResponses;
import de.lotse.platform.SingleSignOn;
import java.time.Clock;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.CrossOriginOpenerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;

/** Who may reach what: the REST API answers 401, pages send anonymous visitors to the login. */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self';"
            + " img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self';"
            + " form-action 'self'; frame-ancestors 'none'";

    /** Lotse uses none of the browser's powerful features: no page of it may ask for them. */
    static final String PERMISSIONS_POLICY = "accelerometer=(), autoplay=(), bluetooth=(), camera=(),"
            + " display-capture=(), geolocation=(), gyroscope=(), hid=(), magnetometer=(), microphone=(),"
            + " midi=(), payment=(), publickey-credentials-get=(), screen-wake-lock=(), serial=(), usb=(),"
            + " xr-spatial-tracking=()";

    /** The roles people have in a municipality; operators have none of them. */
    static final String[] MUNICIPALITY_ROLES = {"ADMIN", "EDITOR", "PILOT", "VIEWER"};

    /** The id of new password hashes: Argon2id. */
    static final String ARGON2ID = "argon2id";

    /**
     * New password hashes are Argon2id with OWASP's minimum parameters (19 MiB, 2 iterations, 1
     * lane); BCrypt hashes of earlier versions are still accepted and replaced by Argon2id at the
     * person's next login. No other (weaker) scheme is accepted.
     */
    @Bean
    PasswordEncoder passwordEncoder() {
        return new DelegatingPasswordEncoder(
                ARGON2ID,
                Map.of(
                        ARGON2ID,
                        new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2),
                        "bcrypt",
                        new BCryptPasswordEncoder()));
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(
            HttpSecurity http,
            Clock clock,
            SessionProperties session,
            ApiTokenVerifier tokens,
            ProblemResponses problems)
            throws Exception {
        ProblemDetailEntryPoint unauthorized = new ProblemDetailEntryPoint(problems);
        return http.securityMatcher("/api/**")
                .addFilterAfter(
                        AbsoluteSessionTimeout.forApi(clock, session.absoluteTimeout()),
                        SecurityContextHolderFilter.class)
                .addFilterAfter(new BearerTokenFilter(tokens, unauthorized), AbsoluteSessionTimeout.class)
                // a token in the header cannot be sent by another site, unlike a session cookie
                .csrf(csrf -> csrf.ignoringRequestMatchers(BearerTokenFilter.HAS_BEARER_TOKEN))
                .authorizeHttpRequests(requests -> requests.anyRequest().hasAnyRole(MUNICIPALITY_ROLES))
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(unauthorized))
                .headers(SecurityConfiguration::headers)
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(
            HttpSecurity http,
            LoginOrNotFoundEntryPoint entryPoint,
            Clock clock,
            SessionProperties session,
            ObjectProvider<SingleSignOn> singleSignOn,
            @Value("${management.server.port:-1}") int managementServerPort)
            throws Exception {
        ManagementPort managementPort = new ManagementPort(managementServerPort);
        SingleSignOn sso = singleSignOn.getIfAvailable();
        if (sso != null) {
            sso.configure(http, AbsoluteSessionTimeout.recordingLoginTime(clock));
        }
        return http.addFilterAfter(
                        AbsoluteSessionTimeout.forPages(clock, session.absoluteTimeout()),
                        SecurityContextHolderFilter.class)
                .authorizeHttpRequests(requests -> requests.requestMatchers(
                                "/login",
                                "/password/forgot",
                                "/password/reset",
                                "/error",
                                "/css/**",
                                "/js/**",
                                "/images/**",
                                "/kern/**",
                                "/webjars/**",
                                "/favicon.ico",
                                "/actuator/health",
                                "/actuator/health/**")
                        .permitAll()
                        // metrics and any other endpoint: the operator's, or whoever reaches the
                        // management port (MANAGEMENT_SERVER_PORT), which is not public
                        .requestMatchers(managementPort::matches)
                        .permitAll()
                        .requestMatchers("/actuator", "/actuator/**")
                        .hasRole("OPERATOR")
                        .requestMatchers("/operator", "/operator/**")
                        .hasRole("OPERATOR")
                        // the start page sends operators on; the account page is everybody's
                        .requestMatchers("/", "/account", "/account/password", "/logout")
                        .authenticated()
                        // everything else is a municipality's data: never for operators
                        .anyRequest()
                        .hasAnyRole(MUNICIPALITY_ROLES))
                .formLogin(login -> login.loginPage("/login")
                        .successHandler(AbsoluteSessionTimeout.recordingLoginTime(clock))
                        .failureUrl("/login?error")
                        .permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(entryPoint))
                .headers(SecurityConfiguration::headers)
                .requestCache(Customizer.withDefaults())
                .build();
    }

    private static void headers(HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
                .crossOriginOpenerPolicy(opener ->
                        opener.policy(CrossOriginOpenerPolicyHeaderWriter.CrossOriginOpenerPolicy.SAME_ORIGIN))
                .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY));
    }
}
