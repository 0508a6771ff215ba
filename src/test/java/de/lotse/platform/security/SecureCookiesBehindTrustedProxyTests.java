package de.lotse.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Cookie;
import org.apache.tomcat.util.http.Rfc6265CookieProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class SecureCookiesBehindTrustedProxyTests {

    private final SecureCookiesBehindTrustedProxy cookies =
            new SecureCookiesBehindTrustedProxy(new Rfc6265CookieProcessor());

    @Test
    void aCookieOfARequestThatCameByHttpsThroughTheTrustedProxyIsSecure() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setAttribute(SecureCookiesBehindTrustedProxy.HTTPS_AT_PROXY, Boolean.TRUE);

        assertThat(cookies.generateHeader(new Cookie("JSESSIONID", "abc"), request))
                .contains("; Secure");
    }

    @Test
    void otherCookiesStayAsTheServletContainerMadeThem() {
        assertThat(cookies.generateHeader(new Cookie("JSESSIONID", "abc"), new MockHttpServletRequest()))
                .doesNotContain("Secure");
    }
}
