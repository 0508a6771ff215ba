package de.lotse.tenancy.api;

import de.lotse.platform.ApiRepresentation;
import de.lotse.platform.ApiResponses;
import de.lotse.platform.ETags;
import de.lotse.platform.PageResponse;
import de.lotse.tenancy.Department;
import de.lotse.tenancy.DepartmentId;
import de.lotse.tenancy.Departments;
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

/** The departments of the current municipality as a REST resource. */
@RestController
@RequestMapping("/api/v1/departments")
@Tag(name = "Departments", description = "Organisation units of the municipality (Dezernate, Ämter, Abteilungen)")
class DepartmentApiController implements ApiRepresentation<Department> {

    private static final int MAX_PAGE_SIZE = 200;

    private final Departments departments;

    DepartmentApiController(Departments departments) {
        this.departments = departments;
    }

    @GetMapping
    @Operation(summary = "The municipality's departments, by name, page by page")
    PageResponse<DepartmentResponse> list(
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        var result = departments.page(ApiResponses.page(page, size, MAX_PAGE_SIZE, Sort.by("name", "id")));
        return PageResponse.of(result.map(DepartmentResponse::of));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One department; the ETag is its version")
    ResponseEntity<DepartmentResponse> get(@PathVariable UUID id) {
        return withETag(HttpStatus.OK, departments.get(new DepartmentId(id)));
    }

    @PostMapping
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Creates a department")
    ResponseEntity<DepartmentResponse> create(@Valid @RequestBody DepartmentRequest request) {
        Department created = departments.create(request.data());
        if (!request.activeOrDefault()) {
            created = departments.setActive(created.id(), created.version(), false);
        }
        return ApiResponses.created(created.id(), created.version(), DepartmentResponse.of(created));
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Changes a department; If-Match with its ETag is required, a stale one answers 409")
    ResponseEntity<DepartmentResponse> update(
            @PathVariable UUID id,
            @RequestHeader(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @RequestBody DepartmentRequest request) {
        DepartmentId departmentId = new DepartmentId(id);
        Department updated = departments.update(departmentId, ETags.version(ifMatch), request.data());
        if (updated.active() != request.activeOrDefault()) {
            updated = departments.setActive(departmentId, updated.version(), request.activeOrDefault());
        }
        return withETag(HttpStatus.OK, updated);
    }

    @DeleteMapping("/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Deletes a department that nothing refers to; If-Match is checked when given")
    ResponseEntity<Void> delete(
            @PathVariable UUID id, @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        DepartmentId departmentId = new DepartmentId(id);
        long version = ifMatch == null ? departments.get(departmentId).version() : ETags.version(ifMatch);
        departments.delete(departmentId, version);
        return ResponseEntity.noContent().build();
    }

    private static ResponseEntity<DepartmentResponse> withETag(HttpStatus status, Department department) {
        return ResponseEntity.status(status)
                .eTag(ETags.of(department.version()))
                .body(DepartmentResponse.of(department));
    }

    @Override
    public Class<Department> recordType() {
        return Department.class;
    }

    @Override
    public Object represent(Department current) {
        return DepartmentResponse.of(current);
    }
}
