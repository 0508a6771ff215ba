package de.lotse.servicecatalog.api;

import de.lotse.platform.ApiRepresentation;
import de.lotse.platform.ApiResponses;
import de.lotse.platform.ETags;
import de.lotse.platform.PageResponse;
import de.lotse.platform.TableFile;
import de.lotse.servicecatalog.ServiceStatusExport;
import de.lotse.servicecatalog.ServiceStatusRow;
import de.lotse.servicecatalog.ServiceStatuses;
import de.lotse.tenancy.DepartmentId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** What the municipality records about its services (maturity, solution, cases) as a REST resource. */
@RestController
@RequestMapping("/api/v1/service-status")
@Tag(name = "Service status", description = "The municipality's state of each service of the catalogue")
class ServiceStatusApiController implements ApiRepresentation<ServiceStatusRow> {

    private static final int MAX_PAGE_SIZE = 500;

    private final ServiceStatuses statuses;
    private final ServiceStatusExport export;

    ServiceStatusApiController(ServiceStatuses statuses, ServiceStatusExport export) {
        this.statuses = statuses;
        this.export = export;
    }

    @GetMapping
    @Operation(
            summary = "The municipality's services with their state, filtered, by name or most cases on paper"
                    + " first, page by page; levels are of the municipality's maturity model")
    PageResponse<ServiceStatusRow> list(
            @ParameterObject ServiceStatusQuery query,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return PageResponse.of(
                statuses.list(query.filter(), ApiResponses.page(page, size, MAX_PAGE_SIZE, query.order())));
    }

    @GetMapping(produces = "text/csv")
    @Operation(summary = "The status list of the same filter as CSV (semicolons, UTF-8 with BOM), every page")
    void csv(@ParameterObject ServiceStatusQuery query, Locale locale, HttpServletResponse response)
            throws IOException {
        response.setContentType(TableFile.CSV);
        export.csv(query.filter(), Pageable.unpaged(query.order()), locale, response.getOutputStream());
    }

    @GetMapping(produces = TableFile.XLSX)
    @Operation(summary = "The status list of the same filter as an XLSX spreadsheet, every page")
    void xlsx(@ParameterObject ServiceStatusQuery query, Locale locale, HttpServletResponse response)
            throws IOException {
        response.setContentType(TableFile.XLSX);
        export.xlsx(query.filter(), Pageable.unpaged(query.order()), locale, response.getOutputStream());
    }

    @GetMapping("/{leikaKey}")
    @Operation(summary = "The state of one service by its LeiKa key; the ETag is its version")
    ResponseEntity<ServiceStatusRow> get(@PathVariable String leikaKey) {
        ServiceStatusRow row = statuses.get(leikaKey);
        return ApiResponses.withETag(row.version(), row);
    }

    @PutMapping("/{leikaKey}")
    @PreAuthorize("hasAnyRole('ADMIN', 'EDITOR')")
    @Operation(summary = "Changes the state of one service; If-Match is required, a stale one answers 409")
    ResponseEntity<ServiceStatusRow> update(
            @PathVariable String leikaKey,
            @RequestHeader(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @RequestBody ServiceStatusRequest request) {
        ServiceStatusRow row = statuses.update(leikaKey, ETags.version(ifMatch), request.data());
        return ApiResponses.withETag(row.version(), row);
    }

    /** One change for many services: what is left out stays as it is. */
    record BulkRequest(
            @NotEmpty @Size(max = 1000) List<String> leikaKeys,
            @Min(0) @Max(7) Integer maturityLevel,
            UUID departmentId,
            Boolean concerned) {}

    @PatchMapping
    @PreAuthorize("hasAnyRole('ADMIN', 'EDITOR')")
    @Operation(summary = "Sets the maturity level, department or whether it is provided for many services at once")
    Map<String, Integer> updateAll(@Valid @RequestBody BulkRequest request) {
        int updated = statuses.updateAll(
                statuses.idsOf(request.leikaKeys()),
                new ServiceStatuses.BulkChange(
                        request.maturityLevel(),
                        request.departmentId() == null ? null : new DepartmentId(request.departmentId()),
                        request.concerned()));
        return Map.of("updated", updated);
    }

    @Override
    public Class<ServiceStatusRow> recordType() {
        return ServiceStatusRow.class;
    }

    @Override
    public Object represent(ServiceStatusRow current) {
        return current;
    }
}
