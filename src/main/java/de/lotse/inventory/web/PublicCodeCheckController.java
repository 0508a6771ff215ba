package de.lotse.inventory.web;

import de.lotse.inventory.PublicCodeImport;
import de.lotse.inventory.PublicCodeValidation;
import de.lotse.inventory.PublicCodeValidator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Checks a pasted or uploaded {@code publiccode.yml} and lists its errors and warnings with line and column. */
@Controller
@RequestMapping("/applications/publiccode")
class PublicCodeCheckController {

    private final PublicCodeValidator validator;
    private final PublicCodeImport imports;

    PublicCodeCheckController(PublicCodeValidator validator, PublicCodeImport imports) {
        this.validator = validator;
        this.imports = imports;
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
        byte[] content = content(text, file);
        PublicCodeValidation validation = validator.validate(content);
        model.addAttribute("text", uploaded ? "" : text);
        model.addAttribute("fileName", uploaded ? file.getOriginalFilename() : null);
        model.addAttribute("validation", validation);
        // a valid file can be imported from the page: it goes along as text
        model.addAttribute("importable", validation.valid() ? new String(content, StandardCharsets.UTF_8) : null);
        return "inventory/publiccode";
    }

    /** Makes the valid file an application or updates the one it describes, and shows it. */
    @PostMapping("/import")
    @PreAuthorize("hasAnyRole('ADMIN', 'EDITOR')")
    String importFile(
            @RequestParam(defaultValue = "") String text,
            @RequestParam(required = false) MultipartFile file,
            Model model,
            RedirectAttributes redirect)
            throws IOException {
        PublicCodeImport.Outcome outcome = imports.importFile(content(text, file));
        if (outcome.application() == null) {
            model.addAttribute("text", text);
            model.addAttribute("validation", outcome.validation());
            return "inventory/publiccode";
        }
        redirect.addFlashAttribute("publicCodeImported", outcome.created() ? "created" : "updated");
        return "redirect:/applications/" + outcome.application().id();
    }

    private static byte[] content(String text, MultipartFile file) throws IOException {
        return file != null && !file.isEmpty()
                ? file.getInputStream().readNBytes(PublicCodeValidator.MAX_BYTES + 1)
                : text.getBytes(StandardCharsets.UTF_8);
    }
}
