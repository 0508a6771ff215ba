package de.lotse.platform.security;

import de.lotse.platform.ProblemResponses;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/** Answers an unauthenticated API request with 401 and an RFC 9457 problem detail. */
class ProblemDetailEntryPoint implements AuthenticationEntryPoint {

    private final ProblemResponses problems;

    ProblemDetailEntryPoint(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    public void commence(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException authException)
            throws IOException {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        problems.write(
                request, response, HttpStatus.UNAUTHORIZED, "Authentication is required to use this API.", Map.of());
    }
}
