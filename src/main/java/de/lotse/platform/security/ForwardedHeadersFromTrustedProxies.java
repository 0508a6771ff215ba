package de.lotse.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.springframework.web.filter.ForwardedHeaderFilter;
import org.springframework.web.filter.GenericFilterBean;

/**
 * Believes {@code Forwarded} and {@code X-Forwarded-*} headers only from a trusted proxy (the TCP
 * peer is in {@link TrustedProxies}) and removes them from every other request, so that neither
 * the login throttle, the security log, a redirect nor the session cookie can be steered by a
 * client's headers.
 */
class ForwardedHeadersFromTrustedProxies extends GenericFilterBean {

    private final TrustedProxies proxies;
    private final ForwardedHeaderFilter honour = new ForwardedHeaderFilter();
    private final ForwardedHeaderFilter remove = new ForwardedHeaderFilter();

    ForwardedHeadersFromTrustedProxies(TrustedProxies proxies) {
        this.proxies = proxies;
        remove.setRemoveOnly(true);
        // a redirect names no host, not even the one a trusted proxy forwarded
        honour.setRelativeRedirects(true);
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        if (!proxies.contains(http.getRemoteAddr())) {
            remove.doFilter(request, response, chain);
            return;
        }
        String client = client(http);
        honour.doFilter(request, response, (honoured, answer) -> {
            if (honoured.isSecure()) {
                honoured.setAttribute(SecureCookiesBehindTrustedProxy.HTTPS_AT_PROXY, Boolean.TRUE);
            }
            chain.doFilter(client == null ? honoured : new FromClient((HttpServletRequest) honoured, client), answer);
        });
    }

    /**
     * The client's address: the last one in {@code X-Forwarded-For} that is no trusted proxy. The
     * entries left of it are what the client itself sent, so they are never believed; {@code null}
     * when the header is missing (then {@code Forwarded: for=} is used, as the proxy wrote it).
     */
    private String client(HttpServletRequest request) {
        List<String> hops = new ArrayList<>();
        for (String header : Collections.list(request.getHeaders("X-Forwarded-For"))) {
            for (String hop : header.split(",")) {
                hops.add(withoutPort(hop.strip()));
            }
        }
        if (hops.isEmpty()) {
            return null;
        }
        String client = request.getRemoteAddr();
        for (int i = hops.size() - 1; i >= 0; i--) {
            String hop = hops.get(i);
            if (!TrustedProxies.isLiteral(hop)) {
                // not an address: whatever stands here was not written by a proxy of ours
                return client;
            }
            client = hop;
            if (!proxies.contains(hop)) {
                return client;
            }
        }
        return client;
    }

    private static String withoutPort(String hop) {
        if (hop.startsWith("[") && hop.contains("]")) {
            return hop.substring(1, hop.indexOf(']'));
        }
        int colon = hop.indexOf(':');
        // one colon: an IPv4 address with its port; several: an IPv6 address
        return colon > 0 && colon == hop.lastIndexOf(':') ? hop.substring(0, colon) : hop;
    }

    /** The request as the client sent it to the proxy: with the client's address. */
    private static final class FromClient extends HttpServletRequestWrapper {

        private final String address;

        FromClient(HttpServletRequest request, String address) {
            super(request);
            this.address = address;
        }

        @Override
        public String getRemoteAddr() {
            return address;
        }

        @Override
        public String getRemoteHost() {
            return address;
        }
    }
}
