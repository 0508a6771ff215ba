package de.lotse.platform.security;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.Charset;
import org.apache.tomcat.util.http.CookieProcessor;
import org.apache.tomcat.util.http.MimeHeaders;
import org.apache.tomcat.util.http.ServerCookies;

/**
 * Marks every cookie {@code Secure} when the request came by HTTPS through a trusted proxy. Tomcat
 * does so by itself for HTTPS it terminates, but writes the session cookie from its own request,
 * which knows nothing of the proxy; {@link ForwardedHeadersFromTrustedProxies} leaves a note on it.
 */
final class SecureCookiesBehindTrustedProxy implements CookieProcessor {

    /** The request attribute saying the client reached the trusted proxy by HTTPS. */
    static final String HTTPS_AT_PROXY = SecureCookiesBehindTrustedProxy.class.getName() + ".HTTPS_AT_PROXY";

    private final CookieProcessor cookies;

    SecureCookiesBehindTrustedProxy(CookieProcessor cookies) {
        this.cookies = cookies;
    }

    @Override
    public String generateHeader(Cookie cookie, HttpServletRequest request) {
        if (request != null && Boolean.TRUE.equals(request.getAttribute(HTTPS_AT_PROXY))) {
            cookie.setSecure(true);
        }
        return cookies.generateHeader(cookie, request);
    }

    @Override
    public void parseCookieHeader(MimeHeaders headers, ServerCookies serverCookies) {
        cookies.parseCookieHeader(headers, serverCookies);
    }

    @Override
    public Charset getCharset() {
        return cookies.getCharset();
    }
}
