package de.lotse.inventory.api;

import de.lotse.inventory.ApplicationId;
import de.lotse.inventory.Contract;
import de.lotse.inventory.ContractId;
import de.lotse.inventory.Contracts;
import de.lotse.platform.ApiRepresentation;
import de.lotse.platform.ApiResponses;
import de.lotse.platform.ETags;
import de.lotse.platform.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
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
import org.springframework.web.server.ResponseStatusException;

/** The contracts of an application, as a REST resource. */
@RestController
@RequestMapping("/api/v1/applications/{applicationId}/contracts")
@Tag(name = "Application contracts", description = "Contracts of an application with costs and notice deadlines")
class ContractApiController implements ApiRepresentation<Contract> {

    private static final int MAX_PAGE_SIZE = 200;

    private final Contracts contracts;
    private final Clock clock;

    ContractApiController(Contracts contracts, Clock clock) {
        this.contracts = contracts;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "The application's contracts, page by page, by start")
    PageResponse<ContractResponse> list(
            @PathVariable UUID applicationId,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        LocalDate today = LocalDate.now(clock);
        var result = contracts.page(
                new ApplicationId(applicationId),
                ApiResponses.page(page, size, MAX_PAGE_SIZE, Sort.by("startsOn", "contractor", "id")));
        return PageResponse.of(result.map(contract -> ContractResponse.of(contract, today)));
    }

    @GetMapping("/{contractId}")
    @Operation(summary = "One contract; the ETag is its version")
    ResponseEntity<ContractResponse> get(@PathVariable UUID applicationId, @PathVariable UUID contractId) {
        return withETag(contracts.get(new ApplicationId(applicationId), new ContractId(contractId)));
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('ADMIN', 'EDITOR')")
    @Operation(summary = "Adds a contract to the application")
    ResponseEntity<ContractResponse> create(
            @PathVariable UUID applicationId, @Valid @RequestBody ContractRequest request) {
        Contract created = contracts.create(new ApplicationId(applicationId), request.data());
        return ApiResponses.created(created.id(), created.version(), represent(created));
    }

    @PutMapping("/{contractId}")
    @PreAuthorize("hasAnyRole('ADMIN', 'EDITOR')")
    @Operation(summary = "Changes a contract; If-Match with its ETag is required, a stale one answers 409")
    ResponseEntity<ContractResponse> update(
            @PathVariable UUID applicationId,
            @PathVariable UUID contractId,
            @RequestHeader(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @RequestBody ContractRequest request) {
        return withETag(contracts.update(
                new ApplicationId(applicationId), new ContractId(contractId), ETags.version(ifMatch), request.data()));
    }

    @DeleteMapping("/{contractId}")
    @PreAuthorize("hasAnyRole('ADMIN', 'EDITOR')")
    @Operation(summary = "Deletes a contract; If-Match with its ETag is required (428), a stale one answers 409")
    ResponseEntity<Void> delete(
            @PathVariable UUID applicationId,
            @PathVariable UUID contractId,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        ApplicationId application = new ApplicationId(applicationId);
        ContractId id = new ContractId(contractId);
        // an unknown contract answers 404 before a missing If-Match answers 428
        contracts.get(application, id);
        if (ifMatch == null) {
            throw new ResponseStatusException(HttpStatus.PRECONDITION_REQUIRED, "If-Match is required");
        }
        contracts.delete(application, id, ETags.version(ifMatch));
        return ResponseEntity.noContent().build();
    }

    private ResponseEntity<ContractResponse> withETag(Contract found) {
        return ApiResponses.withETag(found.version(), represent(found));
    }

    @Override
    public Class<Contract> recordType() {
        return Contract.class;
    }

    @Override
    public ContractResponse represent(Contract current) {
        return ContractResponse.of(current, LocalDate.now(clock));
    }
}
