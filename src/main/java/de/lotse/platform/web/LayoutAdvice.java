package de.lotse.platform.web;

import de.lotse.platform.LotseProperties;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every page what the layout shows around it: the footer's links. */
@ControllerAdvice
class LayoutAdvice {

    private final LotseProperties properties;

    LayoutAdvice(LotseProperties properties) {
        this.properties = properties;
    }

    @ModelAttribute("footer")
    LotseProperties.Footer footer() {
        return properties.footer();
    }
}
