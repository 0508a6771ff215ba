package de.lotse.portfolio.money.api;

import de.lotse.platform.ApiRepresentation;
import de.lotse.platform.ApiResponses;
import de.lotse.platform.ETags;
import de.lotse.platform.PageResponse;
import de.lotse.portfolio.ProjectId;
import de.lotse.portfolio.money.BudgetLine;
import de.lotse.portfolio.money.BudgetLineId;
import de.lotse.portfolio.money.BudgetLines;
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

/** A project's budget lines as a REST resource. */
@RestController
@RequestMapping("/api/v1/projects/{projectId}/budget-lines")
@Tag(
        name = "Budget lines",
        description = "Money per project, fiscal year and cost type: planned, approved, spent (EUR)")
class BudgetLineApiController implements ApiRepresentation<BudgetLine> {

    private static final int MAX_PAGE_SIZE = 200;

    private final BudgetLines lines;

    BudgetLineApiController(BudgetLines lines) {
        this.lines = lines;
    }

    @GetMapping
    @Operation(summary = "The project's budget lines by fiscal year and cost type, page by page")
    PageResponse<BudgetLineResponse> list(
            @PathVariable UUID projectId,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        var result = lines.page(
                new ProjectId(projectId),
                ApiResponses.page(page, size, MAX_PAGE_SIZE, Sort.by("fiscalYear", "costType", "id")));
        return PageResponse.of(result.map(BudgetLineResponse::of));
    }

    @GetMapping("/{lineId}")
    @Operation(summary = "One budget line; the ETag is its version")
    ResponseEntity<BudgetLineResponse> get(@PathVariable UUID projectId, @PathVariable UUID lineId) {
        return withETag(lines.get(new ProjectId(projectId), new BudgetLineId(lineId)));
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('ADMIN', 'EDITOR')")
    @Operation(summary = "Adds a budget line; one per fiscal year and cost type")
    ResponseEntity<BudgetLineResponse> create(
            @PathVariable UUID projectId, @Valid @RequestBody BudgetLineRequest request) {
        BudgetLine created = lines.create(new ProjectId(projectId), request.data());
        return ApiResponses.created(created.id(), created.version(), BudgetLineResponse.of(created));
    }

    @PutMapping("/{lineId}")
    @PreAuthorize("hasAnyRole('ADMIN', 'EDITOR')")
    @Operation(summary = "Changes a budget line; If-Match with its ETag is required, a stale one answers 409")
    ResponseEntity<BudgetLineResponse> update(
            @PathVariable UUID projectId,
            @PathVariable UUID lineId,
            @RequestHeader(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @RequestBody BudgetLineRequest request) {
        return withETag(lines.update(
                new ProjectId(projectId), new BudgetLineId(lineId), ETags.version(ifMatch), request.data()));
    }

    @DeleteMapping("/{lineId}")
    @PreAuthorize("hasAnyRole('ADMIN', 'EDITOR')")
    @Operation(summary = "Deletes a budget line; If-Match is checked when given")
    ResponseEntity<Void> delete(
            @PathVariable UUID projectId,
            @PathVariable UUID lineId,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        ProjectId project = new ProjectId(projectId);
        BudgetLineId id = new BudgetLineId(lineId);
        long version = ifMatch == null ? lines.get(project, id).version() : ETags.version(ifMatch);
        lines.delete(project, id, version);
        return ResponseEntity.noContent().build();
    }

    private static ResponseEntity<BudgetLineResponse> withETag(BudgetLine line) {
        return ApiResponses.withETag(line.version(), BudgetLineResponse.of(line));
    }

    @Override
    public Class<BudgetLine> recordType() {
        return BudgetLine.class;
    }

    @Override
    public Object represent(BudgetLine current) {
        return BudgetLineResponse.of(current);
    }
}
