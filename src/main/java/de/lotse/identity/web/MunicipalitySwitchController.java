package de.lotse.identity.web;

import de.lotse.identity.CurrentUser;
import de.lotse.identity.MunicipalitySwitch;
import de.lotse.tenancy.MunicipalityId;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The header's municipality switcher: the session then acts in the chosen municipality, with a new
 * session id and a new CSRF token, as after a login.
 */
@Controller
class MunicipalitySwitchController {

    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();
    private final HttpSessionSecurityContextRepository sessions = new HttpSessionSecurityContextRepository();
    private final HttpSessionCsrfTokenRepository csrfTokens = new HttpSessionCsrfTokenRepository();
    private final MunicipalitySwitch municipalitySwitch;

    MunicipalitySwitchController(MunicipalitySwitch municipalitySwitch) {
        this.municipalitySwitch = municipalitySwitch;
    }

    @PostMapping("/account/municipality")
    String switchTo(
            @AuthenticationPrincipal CurrentUser person,
            @RequestParam UUID municipality,
            HttpServletRequest request,
            HttpServletResponse response) {
        CurrentUser switched = municipalitySwitch.switchTo(person, new MunicipalityId(municipality));
        request.changeSessionId();
        csrfTokens.saveToken(null, request, response);
        SecurityContext context = contexts.createEmptyContext();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(switched, null, switched.getAuthorities()));
        contexts.setContext(context);
        sessions.saveContext(context, request, response);
        return "redirect:/";
    }
}
