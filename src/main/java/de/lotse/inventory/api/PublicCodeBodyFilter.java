package de.lotse.inventory.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The check and the import read their body as bytes, whatever it is declared as: a body labelled as a form or as
 * multipart is not parsed by the servlet container or the dispatcher (which would answer a broken
 * one with 500, a large one with 413), so the check itself answers.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class PublicCodeBodyFilter extends OncePerRequestFilter {

    /** The check and the import, which read the file as their body. */
    static final java.util.Set<String> PATHS =
            java.util.Set.of("/api/v1/publiccode/validate", "/api/v1/applications/publiccode");

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !PATHS.contains(
                request.getRequestURI().substring(request.getContextPath().length()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(
                RawBody.isParsedByTheContainer(request.getContentType()) ? new RawBody(request) : request, response);
    }

    /**
     * A form or multipart request with that label taken off and no parameters read from its body
     * (a session's CSRF token then comes in its header).
     */
    private static final class RawBody extends HttpServletRequestWrapper {

        private static final String OCTETS = "application/octet-stream";

        RawBody(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getContentType() {
            return OCTETS;
        }

        @Override
        public String getHeader(String name) {
            return "content-type".equalsIgnoreCase(name) ? OCTETS : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            if ("content-type".equalsIgnoreCase(name)) {
                return Collections.enumeration(java.util.List.of(OCTETS));
            }
            return super.getHeaders(name);
        }

        @Override
        public String getParameter(String name) {
            return null;
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Map.of();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.emptyEnumeration();
        }

        @Override
        public String[] getParameterValues(String name) {
            return null;
        }

        static boolean isParsedByTheContainer(String type) {
            String lower = type == null ? "" : type.toLowerCase(Locale.ROOT).strip();
            return lower.startsWith("multipart/") || lower.startsWith("application/x-www-form-urlencoded");
        }
    }
}
