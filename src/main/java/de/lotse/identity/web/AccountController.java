package de.lotse.identity.web;

import de.lotse.identity.CurrentUser;
import de.lotse.identity.Invitations;
import de.lotse.identity.OwnAccount;
import de.lotse.platform.InvalidFieldException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The person's own account: name, language, password, and logging out on all devices. */
@Controller
@RequestMapping("/account")
class AccountController {

    private final OwnAccount accounts;
    private final Invitations invitations;
    private final LocaleResolver locales;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    AccountController(OwnAccount accounts, Invitations invitations, LocaleResolver locales) {
        this.accounts = accounts;
        this.invitations = invitations;
        this.locales = locales;
    }

    @GetMapping
    String account(@AuthenticationPrincipal CurrentUser person, Model model) {
        OwnAccount.Details details = accounts.details(person);
        if (!model.containsAttribute("displayName")) {
            model.addAttribute("displayName", details.displayName());
        }
        model.addAttribute("details", details);
        model.addAttribute("invitations", person.isOperator() ? java.util.List.of() : invitations.of(person));
        return "identity/account";
    }

    @PostMapping
    String update(
            @AuthenticationPrincipal CurrentUser person,
            @RequestParam String displayName,
            @RequestParam(required = false) String preferredLanguage,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        try {
            accounts.update(person, displayName, preferredLanguage);
        } catch (InvalidFieldException e) {
            model.addAttribute("displayName", displayName);
            model.addAttribute("accountError", e.messageKey());
            return account(person, model);
        }
        if (preferredLanguage != null && OwnAccount.LANGUAGES.contains(preferredLanguage)) {
            locales.setLocale(request, response, Locale.forLanguageTag(preferredLanguage));
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/account";
    }

    @GetMapping("/password")
    String passwordForm(@AuthenticationPrincipal CurrentUser person, Model model) {
        model.addAttribute("details", accounts.details(person));
        return "identity/password";
    }

    @PostMapping("/password")
    String changePassword(
            @AuthenticationPrincipal CurrentUser person,
            @RequestParam(required = false) String currentPassword,
            @RequestParam String newPassword,
            @RequestParam String repeatedPassword,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        OwnAccount.Details details = accounts.details(person);
        CurrentUser continued;
        try {
            continued = accounts.changePassword(person, currentPassword, newPassword, repeatedPassword);
        } catch (InvalidFieldException e) {
            model.addAttribute("details", details);
            model.addAttribute("errorField", e.field());
            model.addAttribute("errorKey", e.messageKey());
            return "identity/password";
        }
        // this session continues with the account's new session epoch; the others end
        request.changeSessionId();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(continued, null, continued.getAuthorities()));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        redirect.addFlashAttribute("passwordChanged", true);
        return details.mustChangePassword() ? "redirect:/" : "redirect:/account";
    }

    @PostMapping("/sessions/end")
    String endAllSessions(
            @AuthenticationPrincipal CurrentUser person, HttpServletRequest request, HttpServletResponse response) {
        accounts.endAllSessions(person);
        if (request.getSession(false) != null) {
            request.getSession(false).invalidate();
        }
        SecurityContextHolder.clearContext();
        return "redirect:/login?logout";
    }
}
