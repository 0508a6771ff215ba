package de.lotse.inventory.web;

import de.lotse.inventory.PublicCodeValidator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** Checks a pasted or uploaded {@code publiccode.yml} and lists its errors and warnings with line and column. */
@Controller
@RequestMapping("/applications/publiccode")
class PublicCodeCheckController {

    private final PublicCodeValidator validator;

    PublicCodeCheckController(PublicCodeValidator validator) {
        this.validator = validator;
    }

    @GetMapping
    String form() {
        return "inventory/publiccode";
    }

    @PostMapping
    String check(
            @RequestParam(defaultValue = "") String text,
            @RequestParam(required = false) MultipartFile file,
            Model model)
            throws IOException {
        boolean uploaded = file != null && !file.isEmpty();
        byte[] content = uploaded
                ? file.getInputStream().readNBytes(PublicCodeValidator.MAX_BYTES + 1)
                : text.getBytes(StandardCharsets.UTF_8);
        model.addAttribute("text", uploaded ? "" : text);
        model.addAttribute("fileName", uploaded ? file.getOriginalFilename() : null);
        model.addAttribute("validation", validator.validate(content));
        return "inventory/publiccode";
    }
}
