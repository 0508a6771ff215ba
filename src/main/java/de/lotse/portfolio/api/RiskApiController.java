package de.lotse.portfolio.api;

import de.lotse.platform.ApiRepresentation;
import de.lotse.platform.ApiResponses;
import de.lotse.platform.ETags;
import de.lotse.portfolio.ProjectId;
import de.lotse.portfolio.Risk;
import de.lotse.portfolio.Risks;
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

/** The risks of a project as a REST resource nested under the project. */
@RestController
@RequestMapping("/api/v1/projects/{projectId}/risks")
@Tag(name = "Projects")
class RiskApiController implements ApiRepresentation<Risk> {

    private final Risks risks;

    RiskApiController(Risks risks) {
        this.risks = risks;
    }

    @GetMapping
    @Operation(summary = "The project's risks, open ones first")
    List<RiskBody> list(@PathVariable UUID projectId) {
        return risks.of(new ProjectId(projectId)).stream().map(RiskBody::of).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One of the project's risks; the ETag is its version")
    ResponseEntity<RiskBody> get(@PathVariable UUID projectId, @PathVariable UUID id) {
        return withETag(HttpStatus.OK, risks.get(new ProjectId(projectId), id));
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('ADMIN', 'EDITOR')")
    @Operation(summary = "Adds one to the project's risks")
    ResponseEntity<RiskBody> create(@PathVariable UUID projectId, @Valid @RequestBody RiskBody request) {
        Risk created = risks.create(new ProjectId(projectId), request.data());
        return ApiResponses.created(created.id(), created.version(), RiskBody.of(created));
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasAnyRole('ADMIN', 'EDITOR')")
    @Operation(summary = "Changes one of the project's risks; If-Match with its ETag is required")
    ResponseEntity<RiskBody> update(
            @PathVariable UUID projectId,
            @PathVariable UUID id,
            @RequestHeader(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @RequestBody RiskBody request) {
        return withETag(
                HttpStatus.OK, risks.update(new ProjectId(projectId), id, ETags.version(ifMatch), request.data()));
    }

    @DeleteMapping("/{id}")
    @PreAuthorize("hasAnyRole('ADMIN', 'EDITOR')")
    @Operation(summary = "Deletes one of the project's risks; If-Match is checked when given")
    ResponseEntity<Void> delete(
            @PathVariable UUID projectId,
            @PathVariable UUID id,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        ProjectId project = new ProjectId(projectId);
        long version = ifMatch == null ? risks.get(project, id).version() : ETags.version(ifMatch);
        risks.delete(project, id, version);
        return ResponseEntity.noContent().build();
    }

    private static ResponseEntity<RiskBody> withETag(HttpStatus status, Risk record) {
        return ResponseEntity.status(status).eTag(ETags.of(record.version())).body(RiskBody.of(record));
    }

    @Override
    public Class<Risk> recordType() {
        return Risk.class;
    }

    @Override
    public Object represent(Risk current) {
        return RiskBody.of(current);
    }
}
