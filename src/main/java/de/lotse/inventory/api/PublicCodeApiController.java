package de.lotse.inventory.api;

import de.lotse.inventory.PublicCodeValidator;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Checks a {@code publiccode.yml} sent as the request body. Always answers 200 with the result,
 * whatever the body holds (also none); messages are in the language of the request.
 */
@RestController
@RequestMapping("/api/v1/publiccode")
@Tag(name = "publiccode.yml", description = "Checking publiccode.yml files against the standard")
class PublicCodeApiController {

    private final PublicCodeValidator validator;

    private final PublicCodeResults results;

    PublicCodeApiController(PublicCodeValidator validator, PublicCodeResults results) {
        this.validator = validator;
        this.results = results;
    }

    @PostMapping(path = "/validate", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Check a publiccode.yml file",
            description = "The body is the file (application/yaml, text/yaml, application/x-yaml or text/plain,"
                    + " UTF-8, at most 1 MiB). The answer is always 200: valid is false when there are errors;"
                    + " each problem names its key path, line and column (1-based). Nothing is fetched from the"
                    + " network: URLs are checked for their syntax only. Messages follow Accept-Language"
                    + " (German by default, English).",
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content = {
                                @Content(mediaType = "application/yaml", schema = @Schema(type = "string")),
                                @Content(mediaType = "text/yaml", schema = @Schema(type = "string")),
                                @Content(mediaType = "application/x-yaml", schema = @Schema(type = "string")),
                                @Content(mediaType = "text/plain", schema = @Schema(type = "string"))
                            }))
    PublicCodeResults.PublicCodeResult validate(HttpServletRequest request) throws IOException {
        byte[] body;
        try (InputStream in = request.getInputStream()) {
            body = in.readNBytes(PublicCodeValidator.MAX_BYTES + 1);
        }
        return results.of(validator.validate(body), request);
    }
}
