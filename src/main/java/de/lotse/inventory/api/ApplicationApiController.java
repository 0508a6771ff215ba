package de.lotse.inventory.api;

import de.lotse.inventory.Application;
import de.lotse.inventory.ApplicationFilter;
import de.lotse.inventory.ApplicationId;
import de.lotse.inventory.Applications;
import de.lotse.inventory.Hosting;
import de.lotse.inventory.Lifecycle;
import de.lotse.inventory.TimeClass;
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

/** The municipality's applications (software landscape) as a REST resource. */
@RestController
@RequestMapping("/api/v1/applications")
@Tag(name = "Applications", description = "The software landscape: applications with their assessment (TIME)")
class ApplicationApiController implements ApiRepresentation<Application> {

    private static final int MAX_PAGE_SIZE = 200;

    private final Applications applications;

    ApplicationApiController(Applications applications) {
        this.applications = applications;
    }

    @GetMapping
    @Operation(summary = "The applications by name, filtered and page by page")
    PageResponse<ApplicationListItem> list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) UUID department,
            @RequestParam(required = false) Lifecycle lifecycle,
            @RequestParam(required = false) TimeClass time,
            @RequestParam(required = false) Hosting hosting,
            @RequestParam(required = false) Boolean personalData,
            @RequestParam(required = false)
                    @io.swagger.v3.oas.annotations.Parameter(
                            description = "only applications with a contract whose notice deadline is within this"
                                    + " many months from today")
                    Integer noticeWithinMonths,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        var result = applications.page(
                new ApplicationFilter(q, department, lifecycle, time, hosting, personalData, noticeWithinMonths),
                ApiResponses.page(page, size, MAX_PAGE_SIZE, Sort.by("name")));
        return PageResponse.of(result.map(ApplicationListItem::of));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One application; the ETag is its version")
    ResponseEntity<ApplicationResponse> get(@PathVariable UUID id) {
        return withETag(applications.get(new ApplicationId(id)));
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('ADMIN', 'EDITOR')")
    @Operation(summary = "Adds an application")
    ResponseEntity<ApplicationResponse> create(@Valid @RequestBody ApplicationRequest request) {
        Application created = applications.create(request.data());
        return ApiResponses.created(created.id(), created.version(), ApplicationResponse.of(created));
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasAnyRole('ADMIN', 'EDITOR')")
    @Operation(summary = "Changes an application; If-Match with its ETag is required, a stale one answers 409")
    ResponseEntity<ApplicationResponse> update(
            @PathVariable UUID id,
            @RequestHeader(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @RequestBody ApplicationRequest request) {
        return withETag(applications.update(new ApplicationId(id), ETags.version(ifMatch), request.data()));
    }

    @DeleteMapping("/{id}")
    @PreAuthorize("hasAnyRole('ADMIN', 'EDITOR')")
    @Operation(
            summary = "Deletes an application with its interfaces; refused (409) while another names it as"
                    + " successor. If-Match is checked when given")
    ResponseEntity<Void> delete(
            @PathVariable UUID id, @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        ApplicationId applicationId = new ApplicationId(id);
        long version = ifMatch == null ? applications.get(applicationId).version() : ETags.version(ifMatch);
        applications.delete(applicationId, version);
        return ResponseEntity.noContent().build();
    }

    private static ResponseEntity<ApplicationResponse> withETag(Application application) {
        return ApiResponses.withETag(application.version(), ApplicationResponse.of(application));
    }

    @Override
    public Class<Application> recordType() {
        return Application.class;
    }

    @Override
    public Object represent(Application current) {
        return ApplicationResponse.of(current);
    }
}
