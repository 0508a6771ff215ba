package de.lotse.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.web.RedirectStrategy;

/**
 * Redirects within Lotse without naming a host. Spring Security remembers the page a visitor wanted
 * as an absolute address built from the request's {@code Host} header; redirecting there after the
 * login would send the person to whatever host that header named.
 */
final class HostFreeRedirects implements RedirectStrategy {

    @Override
    public void sendRedirect(HttpServletRequest request, HttpServletResponse response, String url) throws IOException {
        response.sendRedirect(response.encodeRedirectURL(target(request.getContextPath(), url)));
    }

    /** The path and query of an absolute address; a relative one within the application. */
    static String target(String contextPath, String url) {
        int scheme = url.indexOf("://");
        if (scheme < 0 && !url.startsWith("//")) {
            return contextPath + url;
        }
        // the absolute address already holds the context path
        int path = url.indexOf('/', scheme < 0 ? 2 : scheme + 3);
        return path < 0 ? "/" : url.substring(path);
    }
}
