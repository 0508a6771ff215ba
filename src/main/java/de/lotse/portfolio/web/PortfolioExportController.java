package de.lotse.portfolio.web;

import de.lotse.portfolio.PortfolioExport;
import de.lotse.portfolio.PortfolioFilter;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Downloads of the portfolio list with the current filter, as CSV and as XLSX. */
@Controller
class PortfolioExportController {

    private final PortfolioExport export;

    PortfolioExportController(PortfolioExport export) {
        this.export = export;
    }

    @GetMapping("/projects/export.csv")
    void csv(@RequestParam Map<String, String> parameters, Locale locale, HttpServletResponse response)
            throws IOException {
        response.setContentType("text/csv;charset=UTF-8");
        attachment(response, "portfolio.csv");
        export.csv(PortfolioFilter.from(parameters), locale, response.getOutputStream());
    }

    @GetMapping("/projects/export.xlsx")
    void xlsx(@RequestParam Map<String, String> parameters, Locale locale, HttpServletResponse response)
            throws IOException {
        response.setContentType(de.lotse.platform.TableFile.XLSX);
        attachment(response, "portfolio.xlsx");
        export.xlsx(PortfolioFilter.from(parameters), locale, response.getOutputStream());
    }

    private static void attachment(HttpServletResponse response, String name) {
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(name).build().toString());
    }
}
