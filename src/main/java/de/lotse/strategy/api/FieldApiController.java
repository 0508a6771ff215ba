package de.lotse.strategy.api;

import de.lotse.platform.ApiRepresentation;
import de.lotse.platform.ApiResponses;
import de.lotse.platform.ETags;
import de.lotse.platform.PageResponse;
import de.lotse.strategy.FieldOfAction;
import de.lotse.strategy.FieldOfActionId;
import de.lotse.strategy.FieldsOfAction;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The fields of action of the current municipality as a REST resource. */
@RestController
@RequestMapping("/api/v1/fields")
@Tag(name = "Fields of action", description = "The themes of the strategy (Handlungsfelder), in their order")
class FieldApiController implements ApiRepresentation<FieldOfAction> {

    private final FieldsOfAction fields;

    FieldApiController(FieldsOfAction fields) {
        this.fields = fields;
    }

    @GetMapping
    @Operation(summary = "The municipality's fields of action in their order, page by page")
    PageResponse<FieldResponse> list(
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return PageResponse.of(
                fields.page(Paging.of(page, size, Sort.by("position", "name"))).map(FieldResponse::of));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One field of action; the ETag is its version")
    ResponseEntity<FieldResponse> get(@PathVariable UUID id) {
        return withETag(fields.get(new FieldOfActionId(id)));
    }

    @PostMapping
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(
            summary = "Creates a field of action, last or at the given position",
            description = "The colour is one of the palette: #1c4f8c, #0b6466, #2b6a2e, #5a5a12, #7a4a0f,"
                    + " #9b1c1c, #8e1f62, #5b3a8e, #3f4b5b")
    ResponseEntity<FieldResponse> create(@Valid @RequestBody FieldRequest request) {
        FieldOfAction created = fields.create(request.data());
        if (request.position() != null && request.position() != created.position()) {
            created = fields.moveTo(created.id(), created.version(), request.position());
        }
        return ApiResponses.created(created.id(), created.version(), FieldResponse.of(created));
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(
            summary = "Changes a field of action, also its position; If-Match with its ETag is required,"
                    + " a stale one answers 409")
    ResponseEntity<FieldResponse> update(
            @PathVariable UUID id,
            @RequestHeader(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @RequestBody FieldRequest request) {
        FieldOfActionId fieldId = new FieldOfActionId(id);
        FieldOfAction updated = fields.update(fieldId, ETags.version(ifMatch), request.data());
        if (request.position() != null && request.position() != updated.position()) {
            updated = fields.moveTo(fieldId, updated.version(), request.position());
        }
        return withETag(fields.get(fieldId));
    }

    @DeleteMapping("/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Deletes a field of action without goals (409 otherwise); If-Match is checked when given")
    ResponseEntity<Void> delete(
            @PathVariable UUID id, @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        FieldOfActionId fieldId = new FieldOfActionId(id);
        long version = ifMatch == null ? fields.get(fieldId).version() : ETags.version(ifMatch);
        fields.delete(fieldId, version);
        return ResponseEntity.noContent().build();
    }

    private static ResponseEntity<FieldResponse> withETag(FieldOfAction field) {
        return ApiResponses.withETag(field.version(), FieldResponse.of(field));
    }

    @Override
    public Class<FieldOfAction> recordType() {
        return FieldOfAction.class;
    }

    @Override
    public Object represent(FieldOfAction current) {
        return FieldResponse.of(current);
    }
}
