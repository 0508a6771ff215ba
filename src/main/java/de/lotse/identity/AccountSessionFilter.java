package de.lotse.identity;

import de.lotse.platform.ProblemResponses;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Checks on every request of a logged-in person (after Spring Security) that the account still
 * allows what the session does: the account is enabled, the membership in the session's municipality
 * and the municipality itself are active and the membership has the same role, and no later password change or "log out everywhere" ended the
 * session (for an operator: the account is still an operator's). Otherwise the session ends. Also
 * sends a person with a one-time password to set their own before anything else (the REST API
 * answers 403), and at the first request after a login applies the person's language.
 */
@Component
class AccountSessionFilter extends OncePerRequestFilter {

    static final String PASSWORD_PAGE = "/account/password";
    static final String ENDED_URL = "/login?expired";
    /** Matches no membership: operators belong to no municipality. */
    private static final java.util.UUID NO_MUNICIPALITY = new java.util.UUID(0, 0);

    private static final String LOGIN_NOTED = AccountSessionFilter.class.getName() + ".LOGIN_NOTED";

    private final JdbcClient jdbc;
    private final OwnAccount ownAccount;
    private final LocaleResolver locales;
    private final MessageSource messages;
    private final ProblemResponses problems;

    AccountSessionFilter(
            JdbcClient jdbc,
            OwnAccount ownAccount,
            LocaleResolver locales,
            MessageSource messages,
            ProblemResponses problems) {
        this.problems = problems;
        this.jdbc = jdbc;
        this.ownAccount = ownAccount;
        this.locales = locales;
        this.messages = messages;
    }

    /**
     * What the database says about the account and its membership in the session's municipality.
     */
    record State(
            boolean enabled,
            boolean operator,
            int sessionEpoch,
            boolean mustChangePassword,
            String role,
            Boolean active,
            Boolean municipalityActive) {}

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = path(request);
        return path.startsWith("/css/")
                || path.startsWith("/js/")
                || path.startsWith("/images/")
                || path.startsWith("/kern/")
                || path.startsWith("/webjars/")
                // health is for everyone; an operator's session reading metrics is checked like any other
                || path.startsWith("/actuator/health")
                || path.equals("/favicon.ico");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof CurrentUser person)) {
            chain.doFilter(request, response);
            return;
        }
        boolean api = path(request).startsWith("/api/");
        Optional<State> state = state(person);
        if (state.isEmpty() || !stillValid(state.get(), person)) {
            end(request, response, api);
            return;
        }
        HttpSession session = request.getSession(false);
        if (session != null
                && !(authentication instanceof ApiTokenAuthentication)
                && !person.id().equals(session.getAttribute(LOGIN_NOTED))) {
            session.setAttribute(LOGIN_NOTED, person.id());
            String language = ownAccount.preferredLanguage(person);
            if (language != null) {
                locales.setLocale(request, response, Locale.forLanguageTag(language));
            }
        }
        if (state.get().mustChangePassword() && !allowedBeforePasswordChange(path(request))) {
            if (api) {
                forbidden(request, response);
            } else {
                redirect(request, response, PASSWORD_PAGE);
            }
            return;
        }
        chain.doFilter(request, response);
    }

    private Optional<State> state(CurrentUser person) {
        // one statement by primary keys: the municipality joins the membership, so an operator's
        // deactivation of a municipality ends its sessions and tokens at their next request
        return jdbc.sql("select a.enabled, a.operator, a.session_epoch, a.must_change_password, m.role, m.active,"
                        + " mu.active as municipality_active"
                        + " from user_account a left join membership m"
                        + " on m.user_account_id = a.id and m.municipality_id = :municipality"
                        + " left join municipality mu on mu.id = m.municipality_id where a.id = :id")
                .param(
                        "municipality",
                        person.municipality() == null
                                ? NO_MUNICIPALITY
                                : person.municipality().value())
                .param("id", person.id().value())
                .query((row, number) -> new State(
                        row.getBoolean("enabled"),
                        row.getBoolean("operator"),
                        row.getInt("session_epoch"),
                        row.getBoolean("must_change_password"),
                        row.getString("role"),
                        (Boolean) row.getObject("active"),
                        (Boolean) row.getObject("municipality_active")))
                .optional();
    }

    private static boolean stillValid(State state, CurrentUser person) {
        if (!state.enabled() || state.sessionEpoch() > person.sessionEpoch()) {
            return false;
        }
        if (person.isOperator()) {
            return state.operator();
        }
        return Boolean.TRUE.equals(state.active())
                && Boolean.TRUE.equals(state.municipalityActive())
                && person.role().name().equals(state.role());
    }

    private static boolean allowedBeforePasswordChange(String path) {
        return path.equals(PASSWORD_PAGE) || path.equals("/logout") || path.equals("/login") || path.equals("/error");
    }

    private void end(HttpServletRequest request, HttpServletResponse response, boolean api) throws IOException {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        SecurityContextHolder.clearContext();
        if (api) {
            // the same answer as to a request without any login, so that it tells nothing more
            response.setHeader("WWW-Authenticate", "Bearer");
            problems.write(
                    request,
                    response,
                    HttpStatus.UNAUTHORIZED,
                    "Authentication is required to use this API.",
                    Map.of());
        } else {
            redirect(request, response, ENDED_URL);
        }
    }

    private static void redirect(HttpServletRequest request, HttpServletResponse response, String path)
            throws IOException {
        String target = request.getContextPath() + path;
        if ("true".equals(request.getHeader("HX-Request"))) {
            // htmx would swap the target page into the current one; let it load the page instead
            response.setHeader("HX-Redirect", target);
            response.setStatus(HttpServletResponse.SC_OK);
        } else {
            response.sendRedirect(target);
        }
    }

    private void forbidden(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String detail = messages.getMessage("problem.password-change-required", null, locales.resolveLocale(request));
        problems.write(request, response, HttpStatus.FORBIDDEN, detail, Map.of());
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
