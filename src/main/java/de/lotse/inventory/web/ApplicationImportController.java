package de.lotse.inventory.web;

import de.lotse.inventory.imports.ApplicationImport;
import de.lotse.inventory.imports.ApplicationTemplate;
import de.lotse.platform.TableFile;
import de.lotse.platform.sheets.ImportUpload;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The import of applications from a spreadsheet: the upload page with the template, the problems of a
 * rejected file, the summary of an imported one. For those who maintain applications.
 */
@Controller
@RequestMapping("/applications/import")
@PreAuthorize("hasAnyRole('ADMIN', 'EDITOR')")
class ApplicationImportController {

    private final ApplicationImport imports;
    private final ApplicationTemplate template;

    ApplicationImportController(ApplicationImport imports, ApplicationTemplate template) {
        this.imports = imports;
        this.template = template;
    }

    @GetMapping
    String form(Model model) {
        model.addAttribute("maxRows", ApplicationImport.MAX_ROWS);
        return "inventory/import";
    }

    @GetMapping("/template.xlsx")
    void template(Locale locale, HttpServletResponse response) throws IOException {
        TableFile.download(response, TableFile.XLSX, "anwendungen-vorlage.xlsx");
        template.write(locale, response.getOutputStream());
    }

    @PostMapping
    String upload(
            @RequestParam(required = false) MultipartFile file,
            Locale locale,
            Model model,
            HttpServletResponse response)
            throws IOException {
        model.addAttribute("maxRows", ApplicationImport.MAX_ROWS);
        boolean imported = ImportUpload.run(file, bytes -> imports.run(bytes, locale), model, response);
        return imported ? "inventory/import-done" : "inventory/import";
    }
}
