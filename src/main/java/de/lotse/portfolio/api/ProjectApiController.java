package de.lotse.portfolio.api;

import de.lotse.platform.ApiRepresentation;
import de.lotse.platform.ApiResponses;
import de.lotse.platform.ETags;
import de.lotse.platform.PageResponse;
import de.lotse.portfolio.Portfolio;
import de.lotse.portfolio.PortfolioExport;
import de.lotse.portfolio.PortfolioFilter;
import de.lotse.portfolio.Project;
import de.lotse.portfolio.ProjectId;
import de.lotse.portfolio.ProjectPhase;
import de.lotse.portfolio.Projects;
import de.lotse.portfolio.StatusReports;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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

/** The projects of the current municipality's portfolio as a REST resource. */
@RestController
@RequestMapping("/api/v1/projects")
@Tag(
        name = "Projects",
        description = "The portfolio's projects (Maßnahmen): phases, goals served, status. A phase changes with"
                + " POST /{id}/phase (with a note for the phase history) or with a different phase in PUT.")
class ProjectApiController implements ApiRepresentation<Project> {

    private static final int MAX_PAGE_SIZE = 200;

    private final Projects projects;
    private final Portfolio portfolio;
    private final StatusReports reports;
    private final Clock clock;
    private final PortfolioExport export;

    ProjectApiController(
            Projects projects, Portfolio portfolio, StatusReports reports, Clock clock, PortfolioExport export) {
        this.export = export;
        this.projects = projects;
        this.portfolio = portfolio;
        this.reports = reports;
        this.clock = clock;
    }

    @GetMapping
    @Operation(
            summary = "The portfolio, filtered, sorted and page by page",
            description = "Filters: phase, status (GREEN, YELLOW, RED or NONE for no report yet), department,"
                    + " field (of action), goal, mode, topic, overdue=true, q (words in title, summary, lead);"
                    + " sort: TITLE, PHASE, STATUS, PRIORITY, DEPARTMENT, START, END, REPORT; dir: asc or desc.")
    PageResponse<ProjectListItem> list(
            @Parameter(hidden = true) @RequestParam Map<String, String> parameters,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        var result = portfolio.page(
                PortfolioFilter.from(parameters), ApiResponses.page(page, size, MAX_PAGE_SIZE, Sort.unsorted()));
        return PageResponse.of(result.map(ProjectListItem::of));
    }

    @GetMapping(produces = "text/csv")
    @Operation(summary = "The portfolio of the same filter as CSV (semicolons, UTF-8 with BOM), every page")
    void csv(
            @Parameter(hidden = true) @RequestParam Map<String, String> parameters,
            java.util.Locale locale,
            jakarta.servlet.http.HttpServletResponse response)
            throws java.io.IOException {
        response.setContentType("text/csv;charset=UTF-8");
        export.csv(PortfolioFilter.from(parameters), locale, response.getOutputStream());
    }

    @GetMapping(produces = de.lotse.platform.TableFile.XLSX)
    @Operation(summary = "The portfolio of the same filter as an XLSX spreadsheet, every page")
    void xlsx(
            @Parameter(hidden = true) @RequestParam Map<String, String> parameters,
            java.util.Locale locale,
            jakarta.servlet.http.HttpServletResponse response)
            throws java.io.IOException {
        response.setContentType(de.lotse.platform.TableFile.XLSX);
        export.xlsx(PortfolioFilter.from(parameters), locale, response.getOutputStream());
    }

    @GetMapping("/{id}")
    @Operation(summary = "One project with its status; the ETag is its version")
    ResponseEntity<ProjectResponse> get(@PathVariable UUID id) {
        return withETag(HttpStatus.OK, projects.get(new ProjectId(id)));
    }

    @GetMapping("/{id}/phase-history")
    @Operation(summary = "The project's phase history, newest first")
    List<PhaseChangeResponse> phaseHistory(@PathVariable UUID id) {
        return projects.phaseHistory(new ProjectId(id)).stream()
                .map(PhaseChangeResponse::of)
                .toList();
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('ADMIN', 'EDITOR')")
    @Operation(summary = "Creates a project, in the idea phase unless a phase is given")
    ResponseEntity<ProjectResponse> create(@Valid @RequestBody ProjectRequest request) {
        Project created = projects.create(
                request.data(), request.phase() == null ? ProjectPhase.IDEA : request.phase(), request.phaseNote());
        return ApiResponses.created(created.id(), created.version(), response(created));
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasAnyRole('ADMIN', 'EDITOR')")
    @Operation(summary = "Changes a project; If-Match with its ETag is required, a stale one answers 409")
    ResponseEntity<ProjectResponse> update(
            @PathVariable UUID id,
            @RequestHeader(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @RequestBody ProjectRequest request) {
        Project updated = projects.update(
                new ProjectId(id), ETags.version(ifMatch), request.data(), request.phase(), request.phaseNote());
        return withETag(HttpStatus.OK, updated);
    }

    @PostMapping("/{id}/phase")
    @PreAuthorize("hasAnyRole('ADMIN', 'EDITOR')")
    @Operation(summary = "Moves a project to another phase; If-Match with its ETag is required")
    ResponseEntity<ProjectResponse> changePhase(
            @PathVariable UUID id,
            @RequestHeader(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @RequestBody PhaseRequest request) {
        Project moved =
                projects.changePhase(new ProjectId(id), ETags.version(ifMatch), request.phase(), request.note());
        return withETag(HttpStatus.OK, moved);
    }

    @DeleteMapping("/{id}")
    @PreAuthorize("hasAnyRole('ADMIN', 'EDITOR')")
    @Operation(summary = "Deletes a project with everything that belongs to it; If-Match is checked when given")
    ResponseEntity<Void> delete(
            @PathVariable UUID id, @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        ProjectId projectId = new ProjectId(id);
        long version = ifMatch == null ? projects.get(projectId).version() : ETags.version(ifMatch);
        projects.delete(projectId, version);
        return ResponseEntity.noContent().build();
    }

    private ResponseEntity<ProjectResponse> withETag(HttpStatus status, Project project) {
        return ResponseEntity.status(status).eTag(ETags.of(project.version())).body(response(project));
    }

    private ProjectResponse response(Project project) {
        return ProjectResponse.of(project, reports.latest(project.id()).orElse(null), LocalDate.now(clock));
    }

    @Override
    public Class<Project> recordType() {
        return Project.class;
    }

    @Override
    public Object represent(Project current) {
        return response(current);
    }
}
