package de.lotse.identity.web;

import de.lotse.identity.CurrentUser;
import de.lotse.identity.Invitations;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The person's pending invitations into other municipalities: shown after login, accepted or declined. */
@Controller
@RequestMapping("/account/invitations")
class InvitationController {

    private final Invitations invitations;

    InvitationController(Invitations invitations) {
        this.invitations = invitations;
    }

    @GetMapping
    String list(@AuthenticationPrincipal CurrentUser person, Model model) {
        model.addAttribute("invitations", invitations.of(person));
        return "identity/invitations";
    }

    @PostMapping("/{id}/accept")
    String accept(@AuthenticationPrincipal CurrentUser person, @PathVariable UUID id, RedirectAttributes redirect) {
        invitations.accept(person, id);
        redirect.addFlashAttribute("invitationAccepted", true);
        return "redirect:/account/invitations";
    }

    @PostMapping("/{id}/decline")
    String decline(@AuthenticationPrincipal CurrentUser person, @PathVariable UUID id, RedirectAttributes redirect) {
        invitations.decline(person, id);
        redirect.addFlashAttribute("invitationDeclined", true);
        return "redirect:/account/invitations";
    }
}
