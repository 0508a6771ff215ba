package de.lotse.strategy.api;

import de.lotse.platform.ApiRepresentation;
import de.lotse.platform.ApiResponses;
import de.lotse.platform.ETags;
import de.lotse.platform.PageResponse;
import de.lotse.strategy.FieldOfActionId;
import de.lotse.strategy.Goal;
import de.lotse.strategy.GoalId;
import de.lotse.strategy.Goals;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
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

/** The goals of the current municipality as a REST resource. */
@RestController
@RequestMapping("/api/v1/goals")
@Tag(name = "Goals", description = "The goals of the strategy, each under a field of action")
class GoalApiController implements ApiRepresentation<Goal> {

    private final Goals goals;

    GoalApiController(Goals goals) {
        this.goals = goals;
    }

    @GetMapping
    @Operation(summary = "The municipality's goals, by field and position, page by page")
    PageResponse<GoalResponse> list(
            @Parameter(description = "only the goals of this field of action") @RequestParam(required = false)
                    UUID fieldId,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return PageResponse.of(goals.page(
                        fieldId == null ? null : new FieldOfActionId(fieldId),
                        Paging.of(page, size, Sort.by("field.value", "position", "title")))
                .map(GoalResponse::of));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One goal; the ETag is its version")
    ResponseEntity<GoalResponse> get(@PathVariable UUID id) {
        return withETag(goals.get(new GoalId(id)));
    }

    @PostMapping
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Creates a goal at the end of its field of action")
    ResponseEntity<GoalResponse> create(@Valid @RequestBody GoalRequest request) {
        Goal created = goals.create(request.data());
        return ApiResponses.created(created.id(), created.version(), GoalResponse.of(created));
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(
            summary = "Changes a goal, also moving it to another field; If-Match with its ETag is required,"
                    + " a stale one answers 409")
    ResponseEntity<GoalResponse> update(
            @PathVariable UUID id,
            @RequestHeader(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @RequestBody GoalRequest request) {
        return withETag(goals.update(new GoalId(id), ETags.version(ifMatch), request.data()));
    }

    @DeleteMapping("/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(
            summary = "Deletes a goal with its indicators, unless something (a project) serves it (409);"
                    + " If-Match is checked when given")
    ResponseEntity<Void> delete(
            @PathVariable UUID id, @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        GoalId goalId = new GoalId(id);
        long version = ifMatch == null ? goals.get(goalId).version() : ETags.version(ifMatch);
        goals.delete(goalId, version);
        return ResponseEntity.noContent().build();
    }

    private static ResponseEntity<GoalResponse> withETag(Goal goal) {
        return ApiResponses.withETag(goal.version(), GoalResponse.of(goal));
    }

    @Override
    public Class<Goal> recordType() {
        return Goal.class;
    }

    @Override
    public Object represent(Goal current) {
        return GoalResponse.of(current);
    }
}
