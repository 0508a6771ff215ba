package de.lotse.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a logged-in session a fixed time after login, however active the person is, so that a
 * session left open or taken over does not live for ever. Pages are sent to the login with a
 * message; the REST API answers as to anyone not logged in.
 */
class AbsoluteSessionTimeout extends OncePerRequestFilter {

    static final String EXPIRED_URL = "/login?expired";
    static final String LOGGED_IN_AT = AbsoluteSessionTimeout.class.getName() + ".LOGGED_IN_AT";

    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();
    private final AuthenticationTrustResolver trust = new AuthenticationTrustResolverImpl();
    private final RedirectStrategy redirect = new DefaultRedirectStrategy();
    private final Clock clock;
    private final Duration timeout;
    private final boolean sendToLogin;

    private AbsoluteSessionTimeout(Clock clock, Duration timeout, boolean sendToLogin) {
        this.clock = clock;
        this.timeout = timeout;
        this.sendToLogin = sendToLogin;
    }

    /** For pages: an ended session goes to the login, which says why. */
    static AbsoluteSessionTimeout forPages(Clock clock, Duration timeout) {
        return new AbsoluteSessionTimeout(clock, timeout, true);
    }

    /** For the REST API: an ended session is treated as no login at all. */
    static AbsoluteSessionTimeout forApi(Clock clock, Duration timeout) {
        return new AbsoluteSessionTimeout(clock, timeout, false);
    }

    /** Notes the time of the login in the session, then continues as Spring Security's default does. */
    static AuthenticationSuccessHandler recordingLoginTime(Clock clock) {
        var handler = new SavedRequestAwareAuthenticationSuccessHandler() {
            @Override
            public void onAuthenticationSuccess(
                    HttpServletRequest request, HttpServletResponse response, Authentication authentication)
                    throws ServletException, IOException {
                request.getSession().setAttribute(LOGGED_IN_AT, clock.instant());
                super.onAuthenticationSuccess(request, response, authentication);
            }
        };
        handler.setRedirectStrategy(new HostFreeRedirects());
        return handler;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null && trust.isAuthenticated(contexts.getContext().getAuthentication())) {
            Instant now = clock.instant();
            if (!(session.getAttribute(LOGGED_IN_AT) instanceof Instant loggedInAt)) {
                // logged in some other way than the login form: the clock starts now
                session.setAttribute(LOGGED_IN_AT, now);
            } else if (!now.isBefore(loggedInAt.plus(timeout))) {
                session.invalidate();
                contexts.clearContext();
                if (sendToLogin) {
                    sendToLogin(request, response);
                    return;
                }
            }
        }
        chain.doFilter(request, response);
    }

    private void sendToLogin(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if ("true".equals(request.getHeader("HX-Request"))) {
            // htmx would follow a redirect and swap the login form into the page; let it load the page instead
            response.setHeader("HX-Redirect", request.getContextPath() + EXPIRED_URL);
            response.setStatus(HttpServletResponse.SC_OK);
        } else {
            redirect.sendRedirect(request, response, EXPIRED_URL);
        }
    }
}
