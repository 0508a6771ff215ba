package de.lotse.identity;

import de.lotse.platform.SingleSignOn;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * Spring Security's OpenID Connect login, ending like the form login: the session holds a
 * {@link CurrentUser} (not the provider's user), so every check of a session applies alike. The
 * session id is changed at login as for the form login.
 */
class OidcLogin implements SingleSignOn {

    /** Where the login page's single sign-on button leads. */
    static final String START = "/oauth2/authorization/" + IssuerClientRegistrations.REGISTRATION_ID;

    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();
    private final SecurityContextRepository repository = new DelegatingSecurityContextRepository(
            new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository());
    private final IssuerClientRegistrations registrations;
    private final OidcAccounts accounts;
    private final ApplicationEventPublisher events;
    private final SecurityEvents securityEvents;
    private final String emailClaim;

    OidcLogin(
            IssuerClientRegistrations registrations,
            OidcAccounts accounts,
            ApplicationEventPublisher events,
            SecurityEvents securityEvents,
            String emailClaim) {
        this.registrations = registrations;
        this.accounts = accounts;
        this.events = events;
        this.securityEvents = securityEvents;
        this.emailClaim = emailClaim;
    }

    @Override
    public void configure(HttpSecurity pages, AuthenticationSuccessHandler loggedIn) throws Exception {
        pages.oauth2Login(login -> login.loginPage("/login")
                .clientRegistrationRepository(registrations)
                .userInfoEndpoint(userInfo -> userInfo.oidcUserService(new PersonService()))
                .successHandler((request, response, authentication) -> {
                    CurrentUser person = ((SignedInPerson) authentication.getPrincipal()).person();
                    SingleSignOnAuthentication session = new SingleSignOnAuthentication(person);
                    session.setDetails(authentication.getDetails());
                    SecurityContext context = contexts.createEmptyContext();
                    context.setAuthentication(session);
                    contexts.setContext(context);
                    repository.saveContext(context, request, response);
                    events.publishEvent(new AuthenticationSuccessEvent(session));
                    loggedIn.onAuthenticationSuccess(request, response, session);
                })
                .failureHandler(new Refusal())
                .permitAll());
    }

    /** Loads the provider's user, then the Lotse person vouched for; a refusal is on the record. */
    private final class PersonService extends OidcUserService {

        @Override
        public OidcUser loadUser(OidcUserRequest request) throws OAuth2AuthenticationException {
            OidcUser user = super.loadUser(request);
            try {
                return new SignedInPerson(user, accounts.signIn(user.getClaims()));
            } catch (OAuth2AuthenticationException e) {
                Object email = user.getClaims().get(emailClaim);
                securityEvents.loginFailed(email == null ? null : email.toString(), SecurityEvents.SINGLE_SIGN_ON);
                throw e;
            }
        }
    }

    /** Back to the login page, saying why in words that reveal nothing about other accounts. */
    private static final class Refusal implements AuthenticationFailureHandler {

        private final DefaultRedirectStrategy redirect = new DefaultRedirectStrategy();

        @Override
        public void onAuthenticationFailure(
                HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
                throws IOException {
            String reason = "failed";
            if (exception instanceof OAuth2AuthenticationException oauth) {
                String code = oauth.getError().getErrorCode();
                if (OidcAccounts.UNKNOWN_PERSON.equals(code)) {
                    reason = "unknown";
                } else if (OidcAccounts.NOT_ALLOWED.equals(code)) {
                    reason = "not-allowed";
                }
            }
            redirect.sendRedirect(request, response, "/login?sso=" + reason);
        }
    }
}
