package de.lotse.tenancy.api;

import de.lotse.platform.ApiRepresentation;
import de.lotse.platform.ApiResponses;
import de.lotse.platform.ETags;
import de.lotse.platform.PageResponse;
import de.lotse.tenancy.MunicipalCompany;
import de.lotse.tenancy.MunicipalCompanyId;
import de.lotse.tenancy.MunicipalGroup;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
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

/** The companies and enterprises of the current municipality's group as a REST resource. */
@RestController
@RequestMapping("/api/v1/municipal-group")
@Tag(
        name = "Municipal group",
        description = "Companies and enterprises of the municipality (Eigenbetriebe, Stadtwerke, GmbH, AöR)")
class MunicipalGroupApiController implements ApiRepresentation<MunicipalCompany> {

    private static final int MAX_PAGE_SIZE = 200;

    private final MunicipalGroup group;

    MunicipalGroupApiController(MunicipalGroup group) {
        this.group = group;
    }

    @GetMapping
    @Operation(summary = "The municipality's companies, by name, page by page")
    PageResponse<MunicipalCompanyResponse> list(
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        var result = group.page(ApiResponses.page(page, size, MAX_PAGE_SIZE, Sort.by("name", "id")));
        return PageResponse.of(result.map(MunicipalCompanyResponse::of));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One company; the ETag is its version")
    ResponseEntity<MunicipalCompanyResponse> get(@PathVariable UUID id) {
        return withETag(HttpStatus.OK, group.get(new MunicipalCompanyId(id)));
    }

    @PostMapping
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Creates a company")
    ResponseEntity<MunicipalCompanyResponse> create(@Valid @RequestBody MunicipalCompanyRequest request) {
        MunicipalCompany created = group.create(request.data());
        if (!request.activeOrDefault()) {
            created = group.setActive(created.id(), created.version(), false);
        }
        return ApiResponses.created(created.id(), created.version(), MunicipalCompanyResponse.of(created));
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Changes a company; If-Match with its ETag is required, a stale one answers 409")
    ResponseEntity<MunicipalCompanyResponse> update(
            @PathVariable UUID id,
            @RequestHeader(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @RequestBody MunicipalCompanyRequest request) {
        MunicipalCompanyId companyId = new MunicipalCompanyId(id);
        MunicipalCompany updated = group.update(companyId, ETags.version(ifMatch), request.data());
        if (updated.active() != request.activeOrDefault()) {
            updated = group.setActive(companyId, updated.version(), request.activeOrDefault());
        }
        return withETag(HttpStatus.OK, updated);
    }

    @DeleteMapping("/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Deletes a company that nothing refers to; If-Match is checked when given")
    ResponseEntity<Void> delete(
            @PathVariable UUID id, @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        MunicipalCompanyId companyId = new MunicipalCompanyId(id);
        long version = ifMatch == null ? group.get(companyId).version() : ETags.version(ifMatch);
        group.delete(companyId, version);
        return ResponseEntity.noContent().build();
    }

    private static ResponseEntity<MunicipalCompanyResponse> withETag(HttpStatus status, MunicipalCompany company) {
        return ResponseEntity.status(status)
                .eTag(ETags.of(company.version()))
                .body(MunicipalCompanyResponse.of(company));
    }

    @Override
    public Class<MunicipalCompany> recordType() {
        return MunicipalCompany.class;
    }

    @Override
    public Object represent(MunicipalCompany current) {
        return MunicipalCompanyResponse.of(current);
    }
}
