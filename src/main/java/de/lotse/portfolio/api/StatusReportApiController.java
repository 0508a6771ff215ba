package de.lotse.portfolio.api;

import de.lotse.platform.ApiRepresentation;
import de.lotse.platform.ApiResponses;
import de.lotse.platform.ETags;
import de.lotse.portfolio.ProjectId;
import de.lotse.portfolio.StatusReport;
import de.lotse.portfolio.StatusReports;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
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
import org.springframework.web.bind.annotation.RestController;

/** The status reports of a project as a REST resource nested under the project. */
@RestController
@RequestMapping("/api/v1/projects/{projectId}/status-reports")
@Tag(name = "Projects")
class StatusReportApiController implements ApiRepresentation<StatusReport> {

    private final StatusReports reports;

    StatusReportApiController(StatusReports reports) {
        this.reports = reports;
    }

    @GetMapping
    @Operation(summary = "The project's status reports, latest first")
    List<StatusReportBody> list(@PathVariable UUID projectId) {
        return reports.of(new ProjectId(projectId)).stream()
                .map(StatusReportBody::of)
                .toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One of the project's status reports; the ETag is its version")
    ResponseEntity<StatusReportBody> get(@PathVariable UUID projectId, @PathVariable UUID id) {
        return withETag(HttpStatus.OK, reports.get(new ProjectId(projectId), id));
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('ADMIN', 'EDITOR')")
    @Operation(summary = "Adds one to the project's status reports")
    ResponseEntity<StatusReportBody> create(
            @PathVariable UUID projectId, @Valid @RequestBody StatusReportBody request) {
        StatusReport created = reports.create(new ProjectId(projectId), request.data());
        return ApiResponses.created(created.id(), created.version(), StatusReportBody.of(created));
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasAnyRole('ADMIN', 'EDITOR')")
    @Operation(summary = "Changes one of the project's status reports; If-Match with its ETag is required")
    ResponseEntity<StatusReportBody> update(
            @PathVariable UUID projectId,
            @PathVariable UUID id,
            @RequestHeader(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @RequestBody StatusReportBody request) {
        return withETag(
                HttpStatus.OK, reports.update(new ProjectId(projectId), id, ETags.version(ifMatch), request.data()));
    }

    @DeleteMapping("/{id}")
    @PreAuthorize("hasAnyRole('ADMIN', 'EDITOR')")
    @Operation(summary = "Deletes one of the project's status reports; If-Match is checked when given")
    ResponseEntity<Void> delete(
            @PathVariable UUID projectId,
            @PathVariable UUID id,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        ProjectId project = new ProjectId(projectId);
        long version = ifMatch == null ? reports.get(project, id).version() : ETags.version(ifMatch);
        reports.delete(project, id, version);
        return ResponseEntity.noContent().build();
    }

    private static ResponseEntity<StatusReportBody> withETag(HttpStatus status, StatusReport record) {
        return ResponseEntity.status(status).eTag(ETags.of(record.version())).body(StatusReportBody.of(record));
    }

    @Override
    public Class<StatusReport> recordType() {
        return StatusReport.class;
    }

    @Override
    public Object represent(StatusReport current) {
        return StatusReportBody.of(current);
    }
}
