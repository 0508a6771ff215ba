package de.lotse.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Shows a person their pending invitations before the start page, once per session: the first
 * request for the start page after a login leads to the invitations page while there are any. Once
 * the person has seen that page, the start page is theirs again (the invitations stay on "Mein
 * Konto"). Runs after {@link AccountSessionFilter}, so a one-time password is replaced first.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class PendingInvitationsFilter extends OncePerRequestFilter {

    static final String INVITATIONS_PAGE = "/account/invitations";

    private static final String SEEN = PendingInvitationsFilter.class.getName() + ".SEEN";

    private final Invitations invitations;

    PendingInvitationsFilter(Invitations invitations) {
        this.invitations = invitations;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !"GET".equals(request.getMethod()) || !(path.equals("/") || path.equals(INVITATIONS_PAGE));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session == null
                || session.getAttribute(SEEN) != null
                || !(SecurityContextHolder.getContext().getAuthentication() != null
                        && SecurityContextHolder.getContext()
                                        .getAuthentication()
                                        .getPrincipal()
                                instanceof CurrentUser person)
                || person.isOperator()) {
            chain.doFilter(request, response);
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.equals(INVITATIONS_PAGE) || !invitations.toDecideNow(person)) {
            session.setAttribute(SEEN, Boolean.TRUE);
            chain.doFilter(request, response);
            return;
        }
        response.sendRedirect(request.getContextPath() + INVITATIONS_PAGE);
    }
}
