package de.lotse.servicecatalog.web;

import de.lotse.platform.TableFile;
import de.lotse.servicecatalog.ServiceStatusExport;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.data.domain.Pageable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Downloads of the status list with the current filter, as CSV and as XLSX. */
@Controller
class ServiceStatusExportController {

    private final ServiceStatusExport export;

    ServiceStatusExportController(ServiceStatusExport export) {
        this.export = export;
    }

    @GetMapping("/services/export.csv")
    void csv(@ModelAttribute ServiceStatusFilterForm filter, Locale locale, HttpServletResponse response)
            throws IOException {
        response.setContentType(TableFile.CSV);
        attachment(response, "onlinedienste.csv");
        export.csv(filter.toFilter(), Pageable.unpaged(), locale, response.getOutputStream());
    }

    @GetMapping("/services/export.xlsx")
    void xlsx(@ModelAttribute ServiceStatusFilterForm filter, Locale locale, HttpServletResponse response)
            throws IOException {
        response.setContentType(TableFile.XLSX);
        attachment(response, "onlinedienste.xlsx");
        export.xlsx(filter.toFilter(), Pageable.unpaged(), locale, response.getOutputStream());
    }

    private static void attachment(HttpServletResponse response, String name) {
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(name).build().toString());
    }
}
