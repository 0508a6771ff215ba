package de.lotse.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page of a logged-in person. */
@Controller
class HomeController {

    @GetMapping("/")
    String home(HttpServletRequest request) {
        // operators have no municipality: their start is the operator console
        return request.isUserInRole("OPERATOR") ? "redirect:/operator" : "platform/home";
    }
}
