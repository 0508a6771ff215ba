package de.lotse.identity.web;

import de.lotse.identity.ApiTokens;
import de.lotse.identity.CurrentUser;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The page where a person makes and revokes their personal API tokens. */
@Controller
@RequestMapping("/account/tokens")
class ApiTokenController {

    private final ApiTokens tokens;
    private final Clock clock;

    ApiTokenController(ApiTokens tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    @GetMapping
    String list(@AuthenticationPrincipal CurrentUser person, Model model) {
        model.addAttribute("tokens", tokens.of(person));
        model.addAttribute("today", LocalDate.now(clock));
        return "identity/tokens";
    }

    @PostMapping
    String create(
            @AuthenticationPrincipal CurrentUser person,
            @RequestParam String name,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate expiresOn,
            RedirectAttributes redirect) {
        if (name.isBlank() || name.length() > 100 || (expiresOn != null && expiresOn.isBefore(LocalDate.now(clock)))) {
            redirect.addFlashAttribute("invalid", true);
            return "redirect:/account/tokens";
        }
        ApiTokens.Created created = tokens.create(person, name, expiresOn);
        redirect.addFlashAttribute("secret", created.secret());
        redirect.addFlashAttribute("createdName", created.token().name());
        return "redirect:/account/tokens";
    }

    @PostMapping("/{id}/revoke")
    String revoke(@AuthenticationPrincipal CurrentUser person, @PathVariable UUID id, RedirectAttributes redirect) {
        tokens.revoke(person, id);
        redirect.addFlashAttribute("revoked", true);
        return "redirect:/account/tokens";
    }
}
