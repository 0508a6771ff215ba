package de.lotse.portfolio.qualification.api;

import de.lotse.platform.ApiRepresentation;
import de.lotse.platform.ApiResponses;
import de.lotse.platform.ETags;
import de.lotse.platform.PageResponse;
import de.lotse.portfolio.ProjectId;
import de.lotse.portfolio.qualification.QualificationMeasure;
import de.lotse.portfolio.qualification.QualificationMeasureId;
import de.lotse.portfolio.qualification.QualificationMeasures;
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

/** A project's qualification measures as a REST resource. */
@RestController
@RequestMapping("/api/v1/projects/{projectId}/qualification-measures")
@Tag(
        name = "Qualification measures",
        description = "Trainings of a project's future users with participants and the responsible digital pilot")
class QualificationMeasureApiController implements ApiRepresentation<QualificationMeasure> {

    private static final int MAX_PAGE_SIZE = 200;

    private final QualificationMeasures measures;

    QualificationMeasureApiController(QualificationMeasures measures) {
        this.measures = measures;
    }

    @GetMapping
    @Operation(summary = "The project's qualification measures by date, page by page")
    PageResponse<QualificationMeasureResponse> list(
            @PathVariable UUID projectId,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        var result = measures.page(
                new ProjectId(projectId),
                ApiResponses.page(page, size, MAX_PAGE_SIZE, Sort.by("heldOn", "title", "id")));
        return PageResponse.of(result.map(QualificationMeasureResponse::of));
    }

    @GetMapping("/{measureId}")
    @Operation(summary = "One qualification measure; the ETag is its version")
    ResponseEntity<QualificationMeasureResponse> get(@PathVariable UUID projectId, @PathVariable UUID measureId) {
        return withETag(measures.get(new ProjectId(projectId), new QualificationMeasureId(measureId)));
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('ADMIN', 'EDITOR', 'PILOT')")
    @Operation(summary = "Adds a qualification measure")
    ResponseEntity<QualificationMeasureResponse> create(
            @PathVariable UUID projectId, @Valid @RequestBody QualificationMeasureRequest request) {
        QualificationMeasure created = measures.create(new ProjectId(projectId), request.data());
        return ApiResponses.created(created.id(), created.version(), QualificationMeasureResponse.of(created));
    }

    @PutMapping("/{measureId}")
    @PreAuthorize("hasAnyRole('ADMIN', 'EDITOR', 'PILOT')")
    @Operation(summary = "Changes a qualification measure; If-Match with its ETag is required, a stale one answers 409")
    ResponseEntity<QualificationMeasureResponse> update(
            @PathVariable UUID projectId,
            @PathVariable UUID measureId,
            @RequestHeader(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @RequestBody QualificationMeasureRequest request) {
        return withETag(measures.update(
                new ProjectId(projectId),
                new QualificationMeasureId(measureId),
                ETags.version(ifMatch),
                request.data()));
    }

    @DeleteMapping("/{measureId}")
    @PreAuthorize("hasAnyRole('ADMIN', 'EDITOR', 'PILOT')")
    @Operation(summary = "Deletes a qualification measure; If-Match is checked when given")
    ResponseEntity<Void> delete(
            @PathVariable UUID projectId,
            @PathVariable UUID measureId,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        ProjectId project = new ProjectId(projectId);
        QualificationMeasureId id = new QualificationMeasureId(measureId);
        long version = ifMatch == null ? measures.get(project, id).version() : ETags.version(ifMatch);
        measures.delete(project, id, version);
        return ResponseEntity.noContent().build();
    }

    private static ResponseEntity<QualificationMeasureResponse> withETag(QualificationMeasure measure) {
        return ApiResponses.withETag(measure.version(), QualificationMeasureResponse.of(measure));
    }

    @Override
    public Class<QualificationMeasure> recordType() {
        return QualificationMeasure.class;
    }

    @Override
    public Object represent(QualificationMeasure current) {
        return QualificationMeasureResponse.of(current);
    }
}
