package de.lotse.platform.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page of a logged-in person. */
@Controller
class HomeController {

    @GetMapping("/")
    String home() {
        return "platform/home";
    }
}
