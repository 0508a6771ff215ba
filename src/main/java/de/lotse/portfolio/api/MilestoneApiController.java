package de.lotse.portfolio.api;

import de.lotse.platform.ApiRepresentation;
import de.lotse.platform.ApiResponses;
import de.lotse.platform.ETags;
import de.lotse.portfolio.Milestone;
import de.lotse.portfolio.Milestones;
import de.lotse.portfolio.ProjectId;
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

/** The milestones of a project as a REST resource nested under the project. */
@RestController
@RequestMapping("/api/v1/projects/{projectId}/milestones")
@Tag(name = "Projects")
class MilestoneApiController implements ApiRepresentation<Milestone> {

    private final Milestones milestones;

    MilestoneApiController(Milestones milestones) {
        this.milestones = milestones;
    }

    @GetMapping
    @Operation(summary = "The project's milestones, by due day")
    List<MilestoneBody> list(@PathVariable UUID projectId) {
        return milestones.of(new ProjectId(projectId)).stream()
                .map(MilestoneBody::of)
                .toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One of the project's milestones; the ETag is its version")
    ResponseEntity<MilestoneBody> get(@PathVariable UUID projectId, @PathVariable UUID id) {
        return withETag(HttpStatus.OK, milestones.get(new ProjectId(projectId), id));
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('ADMIN', 'EDITOR')")
    @Operation(summary = "Adds one to the project's milestones")
    ResponseEntity<MilestoneBody> create(@PathVariable UUID projectId, @Valid @RequestBody MilestoneBody request) {
        Milestone created = milestones.create(new ProjectId(projectId), request.data());
        return ApiResponses.created(created.id(), created.version(), MilestoneBody.of(created));
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasAnyRole('ADMIN', 'EDITOR')")
    @Operation(summary = "Changes one of the project's milestones; If-Match with its ETag is required")
    ResponseEntity<MilestoneBody> update(
            @PathVariable UUID projectId,
            @PathVariable UUID id,
            @RequestHeader(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @RequestBody MilestoneBody request) {
        return withETag(
                HttpStatus.OK, milestones.update(new ProjectId(projectId), id, ETags.version(ifMatch), request.data()));
    }

    @DeleteMapping("/{id}")
    @PreAuthorize("hasAnyRole('ADMIN', 'EDITOR')")
    @Operation(summary = "Deletes one of the project's milestones; If-Match is checked when given")
    ResponseEntity<Void> delete(
            @PathVariable UUID projectId,
            @PathVariable UUID id,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        ProjectId project = new ProjectId(projectId);
        long version = ifMatch == null ? milestones.get(project, id).version() : ETags.version(ifMatch);
        milestones.delete(project, id, version);
        return ResponseEntity.noContent().build();
    }

    private static ResponseEntity<MilestoneBody> withETag(HttpStatus status, Milestone record) {
        return ResponseEntity.status(status).eTag(ETags.of(record.version())).body(MilestoneBody.of(record));
    }

    @Override
    public Class<Milestone> recordType() {
        return Milestone.class;
    }

    @Override
    public Object represent(Milestone current) {
        return MilestoneBody.of(current);
    }
}
