package de.lotse.portfolio.money.api;

import de.lotse.platform.ApiRepresentation;
import de.lotse.platform.ApiResponses;
import de.lotse.platform.ETags;
import de.lotse.platform.PageResponse;
import de.lotse.portfolio.ProjectId;
import de.lotse.portfolio.money.FundingApplication;
import de.lotse.portfolio.money.FundingApplicationId;
import de.lotse.portfolio.money.FundingApplications;
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

/** A project's funding applications as a REST resource. */
@RestController
@RequestMapping("/api/v1/projects/{projectId}/funding-applications")
@Tag(
        name = "Funding applications",
        description = "A project's applications for funding, through to the proof of use (EUR)")
class FundingApplicationApiController implements ApiRepresentation<FundingApplication> {

    private static final int MAX_PAGE_SIZE = 200;

    private final FundingApplications applications;

    FundingApplicationApiController(FundingApplications applications) {
        this.applications = applications;
    }

    @GetMapping
    @Operation(summary = "The project's funding applications by programme, page by page")
    PageResponse<FundingApplicationResponse> list(
            @PathVariable UUID projectId,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        var result = applications.page(
                new ProjectId(projectId), ApiResponses.page(page, size, MAX_PAGE_SIZE, Sort.by("programme", "id")));
        return PageResponse.of(result.map(FundingApplicationResponse::of));
    }

    @GetMapping("/{applicationId}")
    @Operation(summary = "One funding application; the ETag is its version")
    ResponseEntity<FundingApplicationResponse> get(@PathVariable UUID projectId, @PathVariable UUID applicationId) {
        return withETag(applications.get(new ProjectId(projectId), new FundingApplicationId(applicationId)));
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('ADMIN', 'EDITOR')")
    @Operation(summary = "Adds a funding application; a grant above the request needs grantAboveRequestConfirmed")
    ResponseEntity<FundingApplicationResponse> create(
            @PathVariable UUID projectId, @Valid @RequestBody FundingApplicationRequest request) {
        FundingApplication created = applications.create(new ProjectId(projectId), request.data());
        return ApiResponses.created(created.id(), created.version(), FundingApplicationResponse.of(created));
    }

    @PutMapping("/{applicationId}")
    @PreAuthorize("hasAnyRole('ADMIN', 'EDITOR')")
    @Operation(summary = "Changes a funding application; If-Match with its ETag is required, a stale one answers 409")
    ResponseEntity<FundingApplicationResponse> update(
            @PathVariable UUID projectId,
            @PathVariable UUID applicationId,
            @RequestHeader(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @RequestBody FundingApplicationRequest request) {
        return withETag(applications.update(
                new ProjectId(projectId),
                new FundingApplicationId(applicationId),
                ETags.version(ifMatch),
                request.data()));
    }

    @DeleteMapping("/{applicationId}")
    @PreAuthorize("hasAnyRole('ADMIN', 'EDITOR')")
    @Operation(summary = "Deletes a funding application; If-Match is checked when given")
    ResponseEntity<Void> delete(
            @PathVariable UUID projectId,
            @PathVariable UUID applicationId,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        ProjectId project = new ProjectId(projectId);
        FundingApplicationId id = new FundingApplicationId(applicationId);
        long version = ifMatch == null ? applications.get(project, id).version() : ETags.version(ifMatch);
        applications.delete(project, id, version);
        return ResponseEntity.noContent().build();
    }

    private static ResponseEntity<FundingApplicationResponse> withETag(FundingApplication application) {
        return ApiResponses.withETag(application.version(), FundingApplicationResponse.of(application));
    }

    @Override
    public Class<FundingApplication> recordType() {
        return FundingApplication.class;
    }

    @Override
    public Object represent(FundingApplication current) {
        return FundingApplicationResponse.of(current);
    }
}
