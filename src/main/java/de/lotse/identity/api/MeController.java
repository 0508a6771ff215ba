package de.lotse.identity.api;

import de.lotse.identity.CurrentUser;
import de.lotse.tenancy.Municipality;
import de.lotse.tenancy.MunicipalityRepository;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Tells an API client who it acts as and for which municipality. */
@RestController
@RequestMapping("/api/v1/me")
@Tag(name = "Me", description = "The person and municipality the request acts for")
class MeController {

    private final MunicipalityRepository municipalities;

    MeController(MunicipalityRepository municipalities) {
        this.municipalities = municipalities;
    }

    @GetMapping
    @Operation(summary = "The logged-in person, their role and their current municipality")
    Me me(@AuthenticationPrincipal CurrentUser user) {
        Municipality municipality = municipalities.findById(user.municipality()).orElseThrow();
        return new Me(
                user.email(),
                user.displayName(),
                user.role().name(),
                new Me.CurrentMunicipality(
                        municipality.id().value(), municipality.name(), municipality.ags(), municipality.slug()));
    }

    /** The response of {@code GET /api/v1/me}. */
    record Me(String email, String displayName, String role, CurrentMunicipality municipality) {

        /** The municipality the request acts for. */
        record CurrentMunicipality(UUID id, String name, String ags, String slug) {}
    }
}
