package de.lotse.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * Sends an anonymous visitor of a page to the login form, but answers an address that leads to no
 * page with the 404 page, so that a mistyped link says what is wrong instead of asking to log in.
 */
@Component
class LoginOrNotFoundEntryPoint implements AuthenticationEntryPoint {

    private final AuthenticationEntryPoint login = new LoginUrlAuthenticationEntryPoint("/login");
    private final ObjectProvider<HandlerMapping> pages;

    LoginOrNotFoundEntryPoint(@Qualifier("requestMappingHandlerMapping") ObjectProvider<HandlerMapping> pages) {
        this.pages = pages;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException, jakarta.servlet.ServletException {
        if (leadsToAPage(request)) {
            login.commence(request, response, exception);
        } else {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    private boolean leadsToAPage(HttpServletRequest request) {
        Object previous = request.getAttribute(ServletRequestPathUtils.PATH_ATTRIBUTE);
        try {
            ServletRequestPathUtils.parseAndCache(request);
            return pages.getObject().getHandler(request) != null;
        } catch (Exception e) {
            // a page exists at this address, but not for this method or media type: still a page
            return true;
        } finally {
            request.setAttribute(ServletRequestPathUtils.PATH_ATTRIBUTE, previous);
        }
    }
}
