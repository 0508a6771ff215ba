package de.lotse.servicecatalog.api;

import de.lotse.servicecatalog.MaturityLevel;
import de.lotse.servicecatalog.MaturityModel;
import de.lotse.servicecatalog.MaturityModels;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The levels of the maturity models (reference data) and the model the municipality records in. */
@RestController
@RequestMapping("/api/v1/catalogue/maturity-levels")
@Tag(name = "Service catalogue", description = "OZG-Leistungen and their LeiKa services (reference data)")
class MaturityLevelApiController {

    private final MaturityModels models;

    MaturityLevelApiController(MaturityModels models) {
        this.models = models;
    }

    /** A model's levels, and whether the municipality records in it. */
    record ModelLevels(MaturityModel model, boolean recorded, List<MaturityLevel> levels) {}

    @GetMapping
    @Operation(
            summary = "The levels of a maturity model (by default the one the municipality records in),"
                    + " with names and descriptions in German and English")
    ModelLevels levels(@RequestParam(required = false) MaturityModel model) {
        MaturityModel current = models.current();
        MaturityModel shown = model == null ? current : model;
        return new ModelLevels(shown, shown == current, models.levels(shown));
    }
}
