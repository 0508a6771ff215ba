package de.lotse.identity.web;

import de.lotse.identity.PasswordResetLinks;
import de.lotse.platform.FormPage;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Passwort vergessen" for people who are not logged in: asks for the e-mail address and always
 * answers the same; the mailed link opens the form for a new password.
 */
@Controller
@RequestMapping("/password")
class PasswordResetController {

    private final PasswordResetLinks links;

    PasswordResetController(PasswordResetLinks links) {
        this.links = links;
    }

    @GetMapping("/forgot")
    String forgotForm() {
        return "identity/forgot-password";
    }

    @PostMapping("/forgot")
    String forgot(@RequestParam(defaultValue = "") String email, HttpServletRequest request, Model model) {
        if (email.isBlank() || email.length() > 320) {
            model.addAttribute("emailError", "password.forgot.error.email");
            model.addAttribute("email", email.length() > 320 ? "" : email);
            return "identity/forgot-password";
        }
        links.request(email, request.getRemoteAddr());
        // the same answer whether the address has an account or not
        model.addAttribute("requested", true);
        return "identity/forgot-password";
    }

    @GetMapping("/reset")
    String resetForm(@RequestParam(defaultValue = "") String token, Model model) {
        model.addAttribute("token", token);
        model.addAttribute("works", links.works(token));
        return "identity/reset-password";
    }

    @PostMapping("/reset")
    @FormPage("identity/reset-password")
    String reset(
            @RequestParam(defaultValue = "") String token,
            @RequestParam(defaultValue = "") String newPassword,
            @RequestParam(defaultValue = "") String repeatedPassword) {
        links.reset(token, newPassword, repeatedPassword);
        return "redirect:/login?reset";
    }
}
