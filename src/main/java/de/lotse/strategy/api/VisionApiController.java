package de.lotse.strategy.api;

import de.lotse.platform.ApiRepresentation;
import de.lotse.platform.ApiResponses;
import de.lotse.platform.ETags;
import de.lotse.platform.RecordNotFoundException;
import de.lotse.strategy.Vision;
import de.lotse.strategy.Visions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The vision of the current municipality as a REST resource. */
@RestController
@RequestMapping("/api/v1/vision")
@Tag(name = "Vision", description = "The municipality's vision: a Markdown text and whether it is published")
class VisionApiController implements ApiRepresentation<Vision> {

    private final Visions visions;
    private final MessageSource messages;

    VisionApiController(Visions visions, MessageSource messages) {
        this.visions = visions;
        this.messages = messages;
    }

    @GetMapping
    @Operation(summary = "The vision; 404 while none is written; the ETag is its version")
    ResponseEntity<VisionResponse> get() {
        Vision vision = visions.current().orElseThrow(() -> new RecordNotFoundException("vision", "current"));
        return ApiResponses.withETag(vision.version(), VisionResponse.of(vision));
    }

    @PutMapping
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(
            summary = "Writes the vision",
            description = "The first vision is written without If-Match (201); changing it requires If-Match"
                    + " with its ETag (428 without, 409 when stale)")
    ResponseEntity<Object> put(
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody VisionRequest request) {
        boolean first = visions.current().isEmpty();
        if (!first && ifMatch == null) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                    HttpStatus.PRECONDITION_REQUIRED,
                    messages.getMessage("problem.if-match-required", null, LocaleContextHolder.getLocale()));
            return ResponseEntity.status(HttpStatus.PRECONDITION_REQUIRED).body(problem);
        }
        Vision vision = visions.save(ifMatch == null ? null : ETags.version(ifMatch), request.data());
        return ResponseEntity.status(first ? HttpStatus.CREATED : HttpStatus.OK)
                .location(ApiResponses.here())
                .eTag(ETags.of(vision.version()))
                .body(VisionResponse.of(vision));
    }

    @Override
    public Class<Vision> recordType() {
        return Vision.class;
    }

    @Override
    public Object represent(Vision current) {
        return VisionResponse.of(current);
    }
}
