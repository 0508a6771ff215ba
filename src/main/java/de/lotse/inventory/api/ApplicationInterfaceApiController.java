package de.lotse.inventory.api;

import de.lotse.inventory.ApplicationId;
import de.lotse.inventory.ApplicationInterface;
import de.lotse.inventory.ApplicationInterfaceId;
import de.lotse.inventory.ApplicationInterfaces;
import de.lotse.platform.ApiRepresentation;
import de.lotse.platform.ApiResponses;
import de.lotse.platform.ETags;
import de.lotse.platform.PageResponse;
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

/** The interfaces an application sends through, as a REST resource. */
@RestController
@RequestMapping("/api/v1/applications/{applicationId}/interfaces")
@Tag(name = "Application interfaces", description = "Directed interfaces: what one application sends another")
class ApplicationInterfaceApiController implements ApiRepresentation<ApplicationInterface> {

    private static final int MAX_PAGE_SIZE = 200;

    private final ApplicationInterfaces interfaces;

    ApplicationInterfaceApiController(ApplicationInterfaces interfaces) {
        this.interfaces = interfaces;
    }

    @GetMapping
    @Operation(summary = "The interfaces the application sends through, page by page")
    PageResponse<InterfaceResponse> list(
            @PathVariable UUID applicationId,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        var result = interfaces.outgoing(
                new ApplicationId(applicationId),
                ApiResponses.page(page, size, MAX_PAGE_SIZE, Sort.by("exchanges", "id")));
        return PageResponse.of(result.map(InterfaceResponse::of));
    }

    @GetMapping("/{interfaceId}")
    @Operation(summary = "One interface; the ETag is its version")
    ResponseEntity<InterfaceResponse> get(@PathVariable UUID applicationId, @PathVariable UUID interfaceId) {
        return withETag(interfaces.get(new ApplicationId(applicationId), new ApplicationInterfaceId(interfaceId)));
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('ADMIN', 'EDITOR')")
    @Operation(summary = "Adds an interface from this application to another")
    ResponseEntity<InterfaceResponse> create(
            @PathVariable UUID applicationId, @Valid @RequestBody InterfaceRequest request) {
        ApplicationInterface created = interfaces.create(new ApplicationId(applicationId), request.data());
        return ApiResponses.created(created.id(), created.version(), InterfaceResponse.of(created));
    }

    @PutMapping("/{interfaceId}")
    @PreAuthorize("hasAnyRole('ADMIN', 'EDITOR')")
    @Operation(summary = "Changes an interface; If-Match with its ETag is required, a stale one answers 409")
    ResponseEntity<InterfaceResponse> update(
            @PathVariable UUID applicationId,
            @PathVariable UUID interfaceId,
            @RequestHeader(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @RequestBody InterfaceRequest request) {
        return withETag(interfaces.update(
                new ApplicationId(applicationId),
                new ApplicationInterfaceId(interfaceId),
                ETags.version(ifMatch),
                request.data()));
    }

    @DeleteMapping("/{interfaceId}")
    @PreAuthorize("hasAnyRole('ADMIN', 'EDITOR')")
    @Operation(summary = "Deletes an interface; If-Match is checked when given")
    ResponseEntity<Void> delete(
            @PathVariable UUID applicationId,
            @PathVariable UUID interfaceId,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        ApplicationId application = new ApplicationId(applicationId);
        ApplicationInterfaceId id = new ApplicationInterfaceId(interfaceId);
        long version = ifMatch == null ? interfaces.get(application, id).version() : ETags.version(ifMatch);
        interfaces.delete(application, id, version);
        return ResponseEntity.noContent().build();
    }

    private static ResponseEntity<InterfaceResponse> withETag(ApplicationInterface found) {
        return ApiResponses.withETag(found.version(), InterfaceResponse.of(found));
    }

    @Override
    public Class<ApplicationInterface> recordType() {
        return ApplicationInterface.class;
    }

    @Override
    public Object represent(ApplicationInterface current) {
        return InterfaceResponse.of(current);
    }
}
