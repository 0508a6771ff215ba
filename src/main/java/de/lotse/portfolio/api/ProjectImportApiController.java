package de.lotse.portfolio.api;

import de.lotse.platform.sheets.ImportRejectedException;
import de.lotse.platform.sheets.ImportResponses;
import de.lotse.platform.sheets.ImportSummary;
import de.lotse.portfolio.imports.ImportTemplate;
import de.lotse.portfolio.imports.PortfolioImport;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The import of projects from an XLSX spreadsheet, all rows or none, and its template. */
@RestController
@RequestMapping("/api/v1/projects/import")
@PreAuthorize("hasAnyRole('ADMIN', 'EDITOR')")
@Tag(name = "Projects")
class ProjectImportApiController {

    private final PortfolioImport imports;
    private final ImportTemplate template;
    private final MessageSource messages;

    ProjectImportApiController(PortfolioImport imports, ImportTemplate template, MessageSource messages) {
        this.imports = imports;
        this.template = template;
        this.messages = messages;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "Imports projects from an XLSX file (the export's or the template's columns), all rows or none",
            description = "A row with the id of one of the municipality's projects changes it, a row without id"
                    + " creates one; rows that change nothing are left alone. Departments, goals and topics by name,"
                    + " several separated by commas; phase, mode and priority by their German or English label or"
                    + " code. At most " + PortfolioImport.MAX_ROWS + " rows. Any problem answers 422 with every"
                    + " problem (row, column, message) and saves nothing.",
            responses = {
                @ApiResponse(
                        responseCode = "200",
                        description = "Imported: how many projects were created, changed and left as they were"),
                @ApiResponse(
                        responseCode = "422",
                        description = "Rejected, nothing saved: errors lists every problem with its row and column",
                        content =
                                @Content(
                                        mediaType = "application/problem+json",
                                        schema = @Schema(implementation = ProblemDetail.class)))
            })
    ImportSummary importFile(
            @Parameter(description = "The XLSX file") @RequestPart("file") MultipartFile file, Locale locale)
            throws IOException {
        return imports.run(file.getBytes(), locale);
    }

    @GetMapping(value = "/template", produces = de.lotse.platform.TableFile.XLSX)
    @Operation(summary = "The empty XLSX template with the columns the import reads and the values they can have")
    void template(Locale locale, HttpServletResponse response) throws IOException {
        response.setContentType(de.lotse.platform.TableFile.XLSX);
        template.write(locale, response.getOutputStream());
    }

    @ExceptionHandler(ImportRejectedException.class)
    ResponseEntity<ProblemDetail> rejected(ImportRejectedException exception, Locale locale) {
        return ImportResponses.rejected(exception, messages, "portfolio.import.rejected", locale);
    }
}
