package de.lotse.platform.security;

import jakarta.servlet.DispatcherType;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.TomcatContextCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Puts the forwarded-headers guard in front of every other filter, Spring Security's included, so
 * that everything after it sees the client as the trusted proxy reported it, or the TCP peer.
 */
@Configuration(proxyBeanMethods = false)
class TrustedProxyConfiguration {

    @Bean
    FilterRegistrationBean<ForwardedHeadersFromTrustedProxies> forwardedHeadersFromTrustedProxies(
            @Value("${lotse.trusted-proxies:}") String trustedProxies) {
        var registration = new FilterRegistrationBean<>(
                new ForwardedHeadersFromTrustedProxies(TrustedProxies.parse(trustedProxies)));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ASYNC, DispatcherType.ERROR);
        return registration;
    }

    @Bean
    TomcatContextCustomizer secureCookiesBehindTrustedProxy() {
        // wraps the cookie processor Spring Boot configured (with its SameSite setting)
        return context -> context.setCookieProcessor(new SecureCookiesBehindTrustedProxy(context.getCookieProcessor()));
    }
}
