package de.lotse.strategy.api;

import de.lotse.platform.ApiRepresentation;
import de.lotse.platform.ApiResponses;
import de.lotse.platform.ETags;
import de.lotse.platform.PageResponse;
import de.lotse.strategy.GoalId;
import de.lotse.strategy.Indicator;
import de.lotse.strategy.IndicatorId;
import de.lotse.strategy.Indicators;
import de.lotse.strategy.MeasuredValue;
import de.lotse.strategy.MeasuredValueId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
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

/** The indicators of a goal and their measured values as REST resources. */
@RestController
@RequestMapping("/api/v1/goals/{goalId}/indicators")
@Tag(name = "Indicators", description = "What measures a goal, from baseline to target, and the measured values")
class IndicatorApiController implements ApiRepresentation<Indicator> {

    private final Indicators indicators;

    IndicatorApiController(Indicators indicators) {
        this.indicators = indicators;
    }

    @GetMapping
    @Operation(summary = "The goal's indicators in their order, page by page, each with its progress")
    PageResponse<IndicatorResponse> list(
            @PathVariable UUID goalId,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        var result = indicators.page(new GoalId(goalId), Paging.of(page, size, Sort.by("position", "name")));
        // the progress of the whole page in one query
        Map<IndicatorId, Integer> progress = indicators.progress(result.getContent());
        return PageResponse.of(result.map(indicator -> IndicatorResponse.of(indicator, progress.get(indicator.id()))));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One indicator with its progress; the ETag is its version")
    ResponseEntity<IndicatorResponse> get(@PathVariable UUID goalId, @PathVariable UUID id) {
        return withETag(indicators.get(new GoalId(goalId), new IndicatorId(id)));
    }

    @PostMapping
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Adds an indicator to the goal")
    ResponseEntity<IndicatorResponse> create(@PathVariable UUID goalId, @Valid @RequestBody IndicatorRequest request) {
        Indicator created = indicators.create(new GoalId(goalId), request.data());
        return ApiResponses.created(created.id(), created.version(), IndicatorResponse.of(created, null));
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Changes an indicator; If-Match with its ETag is required, a stale one answers 409")
    ResponseEntity<IndicatorResponse> update(
            @PathVariable UUID goalId,
            @PathVariable UUID id,
            @RequestHeader(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @RequestBody IndicatorRequest request) {
        IndicatorId indicatorId =
                indicators.get(new GoalId(goalId), new IndicatorId(id)).id();
        return withETag(indicators.update(indicatorId, ETags.version(ifMatch), request.data()));
    }

    @DeleteMapping("/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Deletes an indicator with its measured values; If-Match is checked when given")
    ResponseEntity<Void> delete(
            @PathVariable UUID goalId,
            @PathVariable UUID id,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        Indicator indicator = indicators.get(new GoalId(goalId), new IndicatorId(id));
        indicators.delete(indicator.id(), ifMatch == null ? indicator.version() : ETags.version(ifMatch));
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{id}/values")
    @Operation(summary = "The indicator's measured values, oldest first, page by page")
    PageResponse<MeasuredValueResponse> values(
            @PathVariable UUID goalId,
            @PathVariable UUID id,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        Indicator indicator = indicators.get(new GoalId(goalId), new IndicatorId(id));
        return PageResponse.of(indicators
                .values(indicator.id(), Paging.of(page, size, Sort.by("measuredOn")))
                .map(MeasuredValueResponse::of));
    }

    @PostMapping("/{id}/values")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Adds a measured value; one per day, none in the future")
    ResponseEntity<MeasuredValueResponse> addValue(
            @PathVariable UUID goalId, @PathVariable UUID id, @Valid @RequestBody MeasuredValueRequest request) {
        Indicator indicator = indicators.get(new GoalId(goalId), new IndicatorId(id));
        MeasuredValue created = indicators.addValue(indicator.id(), request.data());
        return ResponseEntity.created(ApiResponses.below(created.id())).body(MeasuredValueResponse.of(created));
    }

    @DeleteMapping("/{id}/values/{valueId}")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Deletes a measured value")
    ResponseEntity<Void> deleteValue(@PathVariable UUID goalId, @PathVariable UUID id, @PathVariable UUID valueId) {
        Indicator indicator = indicators.get(new GoalId(goalId), new IndicatorId(id));
        indicators.deleteValue(indicator.id(), new MeasuredValueId(valueId));
        return ResponseEntity.noContent().build();
    }

    private IndicatorResponse response(Indicator indicator) {
        return IndicatorResponse.of(
                indicator, indicators.progress(List.of(indicator)).get(indicator.id()));
    }

    private ResponseEntity<IndicatorResponse> withETag(Indicator indicator) {
        return ApiResponses.withETag(indicator.version(), response(indicator));
    }

    @Override
    public Class<Indicator> recordType() {
        return Indicator.class;
    }

    @Override
    public Object represent(Indicator current) {
        return response(current);
    }
}
