package de.lotse.inventory.api;

import de.lotse.inventory.imports.ApplicationImport;
import de.lotse.inventory.imports.ApplicationTemplate;
import de.lotse.platform.TableFile;
import de.lotse.platform.sheets.ImportRejectedException;
import de.lotse.platform.sheets.ImportResponses;
import de.lotse.platform.sheets.ImportSummary;
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

/** The import of applications from an XLSX spreadsheet, all rows or none, and its template. */
@RestController
@RequestMapping("/api/v1/applications/import")
@PreAuthorize("hasAnyRole('ADMIN', 'EDITOR')")
@Tag(name = "Applications")
class ApplicationImportApiController {

    private final ApplicationImport imports;
    private final ApplicationTemplate template;
    private final MessageSource messages;

    ApplicationImportApiController(ApplicationImport imports, ApplicationTemplate template, MessageSource messages) {
        this.imports = imports;
        this.template = template;
        this.messages = messages;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "Imports applications from an XLSX file (the export's or the template's columns), all rows or"
                    + " none",
            description = "A row with the id of one of the municipality's applications changes it, a row without id"
                    + " creates one; rows that change nothing are left alone; a column the file lacks leaves the value"
                    + " as it is. Headers, choices and yes/no in German or English or as codes; departments by name"
                    + " (several separated by commas); the successor by name: an application of the municipality"
                    + " or one created by a row further up. At most " + ApplicationImport.MAX_ROWS + " rows. Any"
                    + " problem answers 422 with every problem (row, column, message) and saves nothing.",
            responses = {
                @ApiResponse(
                        responseCode = "200",
                        description = "Imported: how many applications were created, changed and left as they were"),
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

    @GetMapping(value = "/template", produces = TableFile.XLSX)
    @Operation(summary = "The empty XLSX template with the columns the import reads and the values they can have")
    void template(Locale locale, HttpServletResponse response) throws IOException {
        response.setContentType(TableFile.XLSX);
        template.write(locale, response.getOutputStream());
    }

    @ExceptionHandler(ImportRejectedException.class)
    ResponseEntity<ProblemDetail> rejected(ImportRejectedException exception, Locale locale) {
        return ImportResponses.rejected(exception, messages, "application.import.rejected", locale);
    }
}
