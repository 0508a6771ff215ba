package de.lotse.identity.web;

import de.lotse.platform.LotseProperties;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Shows the login form; in demo mode it also says how to log in. */
@Controller
class LoginController {

    private final LotseProperties properties;

    LoginController(LotseProperties properties) {
        this.properties = properties;
    }

    @GetMapping("/login")
    String login(Model model) {
        model.addAttribute("demo", properties.demo());
        return "identity/login";
    }
}
