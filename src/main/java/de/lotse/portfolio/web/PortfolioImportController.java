package de.lotse.portfolio.web;

import de.lotse.platform.sheets.ImportUpload;
import de.lotse.portfolio.imports.ImportTemplate;
import de.lotse.portfolio.imports.PortfolioImport;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The import of projects from a spreadsheet: the upload page with the template, the problems of a
 * rejected file, the summary of an imported one. For those who maintain projects.
 */
@Controller
@RequestMapping("/projects/import")
@PreAuthorize("hasAnyRole('ADMIN', 'EDITOR')")
class PortfolioImportController {

    static final String TEMPLATE_FILE = "massnahmen-vorlage.xlsx";

    private final PortfolioImport imports;
    private final ImportTemplate template;

    PortfolioImportController(PortfolioImport imports, ImportTemplate template) {
        this.imports = imports;
        this.template = template;
    }

    @GetMapping
    String form(Model model) {
        model.addAttribute("maxRows", PortfolioImport.MAX_ROWS);
        return "portfolio/import";
    }

    @GetMapping("/template.xlsx")
    void template(Locale locale, HttpServletResponse response) throws IOException {
        response.setContentType(de.lotse.platform.TableFile.XLSX);
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(TEMPLATE_FILE).build().toString());
        template.write(locale, response.getOutputStream());
    }

    @PostMapping
    String upload(
            @RequestParam(required = false) MultipartFile file,
            Locale locale,
            Model model,
            HttpServletResponse response)
            throws IOException {
        model.addAttribute("maxRows", PortfolioImport.MAX_ROWS);
        boolean imported = ImportUpload.run(file, bytes -> imports.run(bytes, locale), model, response);
        return imported ? "portfolio/import-done" : "portfolio/import";
    }
}
