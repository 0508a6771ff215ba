package de.lotse.identity.web;

import de.lotse.identity.OidcProperties;
import de.lotse.platform.LotseProperties;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Shows the login form, and the single sign-on button when an OpenID Connect provider is configured;
 * in demo mode it also says how to log in.
 */
@Controller
class LoginController {

    private final LotseProperties properties;
    private final OidcProperties oidc;

    LoginController(LotseProperties properties, OidcProperties oidc) {
        this.properties = properties;
        this.oidc = oidc;
    }

    @GetMapping("/login")
    String login(Model model) {
        model.addAttribute("demo", properties.demo());
        model.addAttribute("singleSignOn", oidc.configured());
        return "identity/login";
    }
}
