package de.lotse.portfolio.money.api;

import de.lotse.platform.ETags;
import de.lotse.platform.PageResponse;
import de.lotse.platform.StaleVersionException;
import de.lotse.portfolio.ProjectId;
import de.lotse.portfolio.money.BudgetLine;
import de.lotse.portfolio.money.BudgetLineId;
import de.lotse.portfolio.money.BudgetLines;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.UUID;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** A project's budget lines as a REST resource. */
@RestController
@RequestMapping("/api/v1/projects/{projectId}/budget-lines")
@Tag(
        name = "Budget lines",
        description = "Money per project, fiscal year and cost type: planned, approved, spent (EUR)")
class BudgetLineApiController {

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
                PageRequest.of(
                        Math.max(page, 0),
                        Math.min(Math.max(size, 1), MAX_PAGE_SIZE),
                        Sort.by("fiscalYear", "costType", "id")));
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
        URI location = ServletUriComponentsBuilder.fromCurrentRequest()
                .path("/{id}")
                .buildAndExpand(created.id())
                .toUri();
        return ResponseEntity.created(location)
                .eTag(ETags.of(created.version()))
                .body(BudgetLineResponse.of(created));
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

    /** A stale change answers 409 with the line as it is now, so the client sees what changed. */
    @ExceptionHandler(StaleVersionException.class)
    ResponseEntity<ProblemDetail> stale(StaleVersionException exception) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.CONFLICT, "The budget line was changed in the meantime; nothing was overwritten.");
        problem.setProperty("currentVersion", exception.currentVersion());
        if (exception.current() instanceof BudgetLine current) {
            problem.setProperty("current", BudgetLineResponse.of(current));
        }
        return ResponseEntity.status(HttpStatus.CONFLICT)
                .eTag(ETags.of(exception.currentVersion()))
                .body(problem);
    }

    private static ResponseEntity<BudgetLineResponse> withETag(BudgetLine line) {
        return ResponseEntity.ok().eTag(ETags.of(line.version())).body(BudgetLineResponse.of(line));
    }
}
