package de.lotse.inventory.api;

import de.lotse.inventory.PublicCodeImport;
import de.lotse.inventory.PublicCodeValidator;
import de.lotse.platform.ApiResponses;
import de.lotse.platform.ETags;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/** Makes a valid publiccode.yml an application, or updates the application it describes. */
@RestController
@Tag(name = "Applications")
class ApplicationPublicCodeApiController {

    private final PublicCodeImport imports;
    private final PublicCodeResults results;

    ApplicationPublicCodeApiController(PublicCodeImport imports, PublicCodeResults results) {
        this.imports = imports;
        this.results = results;
    }

    /** An imported file: the application it made or updated and what the check warned of. */
    record Imported(boolean created, ApplicationResponse application, List<PublicCodeResults.Problem> warnings) {}

    @PostMapping(path = "/api/v1/applications/publiccode", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('ADMIN', 'EDITOR')")
    @Operation(
            summary = "Import a publiccode.yml file as an application",
            description = "The body is the file, as for /api/v1/publiccode/validate. A valid file updates the"
                    + " application with its repository URL (url), else one of its name that has none, and"
                    + " answers 200; otherwise it adds a planned application and answers 201 with its Location."
                    + " Name (new applications only), product, version, description (German, else English),"
                    + " licence, maintenance, platforms and categories are taken from the file. An invalid file"
                    + " changes nothing and answers 422 with the check's result.",
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content = {
                                @Content(mediaType = "application/yaml", schema = @Schema(type = "string")),
                                @Content(mediaType = "text/yaml", schema = @Schema(type = "string")),
                                @Content(mediaType = "text/plain", schema = @Schema(type = "string"))
                            }))
    ResponseEntity<?> importFile(HttpServletRequest request) throws IOException {
        byte[] body;
        try (InputStream in = request.getInputStream()) {
            body = in.readNBytes(PublicCodeValidator.MAX_BYTES + 1);
        }
        PublicCodeImport.Outcome outcome = imports.importFile(body);
        if (outcome.application() == null) {
            return ResponseEntity.status(HttpStatus.UNPROCESSABLE_ENTITY)
                    .body(results.of(outcome.validation(), request));
        }
        Imported imported = new Imported(
                outcome.created(),
                ApplicationResponse.of(outcome.application()),
                results.warnings(outcome.validation(), request));
        if (outcome.created()) {
            return ResponseEntity.created(UriComponentsBuilder.fromPath("/api/v1/applications/{id}")
                            .buildAndExpand(outcome.application().id())
                            .toUri())
                    .eTag(ETags.of(outcome.application().version()))
                    .body(imported);
        }
        return ApiResponses.withETag(outcome.application().version(), imported);
    }
}
