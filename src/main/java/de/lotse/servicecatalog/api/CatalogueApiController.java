package de.lotse.servicecatalog.api;

import de.lotse.platform.ApiResponses;
import de.lotse.platform.PageResponse;
import de.lotse.platform.RecordNotFoundException;
import de.lotse.servicecatalog.CatalogueQuery;
import de.lotse.servicecatalog.CatalogueService;
import de.lotse.servicecatalog.ServiceCatalogue;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.data.domain.Sort;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The public catalogue of administrative services (OZG/LeiKa) as a read-only REST resource. */
@RestController
@RequestMapping("/api/v1/catalogue/services")
@Tag(name = "Service catalogue", description = "OZG-Leistungen and their LeiKa services (reference data)")
class CatalogueApiController {

    private static final int MAX_PAGE_SIZE = 200;

    private final ServiceCatalogue catalogue;

    CatalogueApiController(ServiceCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping
    @Operation(summary = "The LeiKa services of the current catalogue, by name, page by page")
    PageResponse<CatalogueService> list(
            @Parameter(description = "words of the name, an OZG-ID, or a LeiKa key or its first digits")
                    @RequestParam(required = false)
                    String q,
            @Parameter(description = "only this Themenfeld (its id)") @RequestParam(required = false) Integer topic,
            @Parameter(description = "only the services of this OZG-Leistung") @RequestParam(required = false)
                    String ozgId,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return PageResponse.of(catalogue.search(
                new CatalogueQuery(q, topic, ozgId), ApiResponses.page(page, size, MAX_PAGE_SIZE, Sort.unsorted())));
    }

    @GetMapping("/{leikaKey}")
    @Operation(summary = "One LeiKa service by its 14-digit key, also when the current catalogue withdrew it")
    CatalogueService get(@PathVariable String leikaKey) {
        return catalogue.byKey(leikaKey).orElseThrow(() -> new RecordNotFoundException("leika-service", leikaKey));
    }
}
