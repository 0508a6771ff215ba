package de.lotse.servicecatalog.web;

import de.lotse.identity.CurrentUser;
import de.lotse.platform.InvalidFieldException;
import de.lotse.servicecatalog.CatalogueFiles;
import de.lotse.servicecatalog.CatalogueImports;
import de.lotse.servicecatalog.InvalidCatalogueException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The operator's import of a newer catalogue: upload the four files, see every problem or a preview
 * of what changes, then apply. Operators only (the whole {@code /operator} area is theirs).
 */
@Controller
@RequestMapping("/operator/catalogue")
class CatalogueImportController {

    private final CatalogueImports imports;

    CatalogueImportController(CatalogueImports imports) {
        this.imports = imports;
    }

    @GetMapping
    String overview(Model model) {
        model.addAttribute("versions", imports.history());
        return "servicecatalog/import";
    }

    @PostMapping
    String upload(
            @RequestParam(defaultValue = "") String label,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate contentDate,
            @RequestParam Map<String, MultipartFile> files,
            @AuthenticationPrincipal CurrentUser operator,
            Model model,
            jakarta.servlet.http.HttpServletResponse response) {
        model.addAttribute("versions", imports.history());
        model.addAttribute("label", label);
        model.addAttribute("contentDate", contentDate);
        if (label.isBlank() || contentDate == null) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("missing", label.isBlank() ? "label" : "contentDate");
            return "servicecatalog/import";
        }
        try {
            var preview = imports.upload(label, contentDate, contents(files), operator.displayName());
            return "redirect:/operator/catalogue/imports/" + preview.id();
        } catch (InvalidCatalogueException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("problems", e.problems());
            return "servicecatalog/import";
        } catch (InvalidFieldException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("refused", e.messageKey());
            return "servicecatalog/import";
        }
    }

    @GetMapping("/imports/{id}")
    String preview(@PathVariable UUID id, Model model) {
        model.addAttribute("preview", imports.preview(id));
        return "servicecatalog/preview";
    }

    @PostMapping("/imports/{id}/apply")
    String apply(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser operator, RedirectAttributes redirect) {
        try {
            redirect.addFlashAttribute("applied", imports.apply(id, operator.displayName()));
        } catch (InvalidFieldException e) {
            redirect.addFlashAttribute("refused", e.messageKey());
        }
        return "redirect:/operator/catalogue";
    }

    /** The uploaded files by their names in the form: the file names of a catalogue. */
    private static Map<String, byte[]> contents(Map<String, MultipartFile> files) {
        Map<String, byte[]> contents = new HashMap<>();
        for (String name : CatalogueFiles.NAMES) {
            MultipartFile file = files.get(name);
            try {
                contents.put(name, file == null ? null : file.getBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return contents;
    }
}
