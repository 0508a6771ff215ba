package de.lotse.inventory.web;

import de.lotse.inventory.ApplicationExport;
import de.lotse.platform.TableFile;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Downloads of the application list with the current filter, as CSV and as XLSX. */
@Controller
class ApplicationExportController {

    private final ApplicationExport export;

    ApplicationExportController(ApplicationExport export) {
        this.export = export;
    }

    @GetMapping("/applications/export.csv")
    void csv(@ModelAttribute ApplicationFilterForm filter, Locale locale, HttpServletResponse response)
            throws IOException {
        TableFile.download(response, TableFile.CSV, "anwendungen.csv");
        export.csv(filter.toFilter(), locale, response.getOutputStream());
    }

    @GetMapping("/applications/export.xlsx")
    void xlsx(@ModelAttribute ApplicationFilterForm filter, Locale locale, HttpServletResponse response)
            throws IOException {
        TableFile.download(response, TableFile.XLSX, "anwendungen.xlsx");
        export.xlsx(filter.toFilter(), locale, response.getOutputStream());
    }
}
