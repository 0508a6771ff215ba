package de.lotse.identity.api;

import de.lotse.identity.ApiToken;
import de.lotse.identity.ApiTokenAuthentication;
import de.lotse.identity.ApiTokens;
import de.lotse.identity.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.FutureOrPresent;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The logged-in person's personal API tokens. */
@RestController
@RequestMapping("/api/v1/me/tokens")
@Tag(name = "Me", description = "The person and municipality the request acts for")
class ApiTokenApiController {

    private final ApiTokens tokens;

    ApiTokenApiController(ApiTokens tokens) {
        this.tokens = tokens;
    }

    /**
     * The body of making a token; both fields are optional.
     *
     * @param name what the token is for, e.g. "Haushaltssystem"
     * @param expiresOn the last day it works; none means until revoked
     */
    record TokenRequest(@Size(max = 100) String name, @FutureOrPresent LocalDate expiresOn) {}

    /** A token just made: the only answer that contains its secret. */
    record CreatedToken(UUID id, String name, LocalDate expiresOn, String token) {}

    /** A token as listed, without its secret. */
    record TokenResponse(
            UUID id, String name, Instant createdAt, LocalDate expiresOn, Instant lastUsedAt, Instant revokedAt) {

        static TokenResponse of(ApiToken token) {
            return new TokenResponse(
                    token.id(),
                    token.name(),
                    token.createdAt(),
                    token.expiresOn(),
                    token.lastUsedAt(),
                    token.revokedAt());
        }
    }

    @PostMapping
    @Operation(
            summary =
                    "Makes a token acting as you in your current municipality; needs a login session and the CSRF token")
    ResponseEntity<CreatedToken> create(
            @AuthenticationPrincipal CurrentUser person,
            Authentication authentication,
            @Valid @RequestBody(required = false) TokenRequest request) {
        if (authentication instanceof ApiTokenAuthentication) {
            // a token must not breed tokens: a stolen one would outlive its revocation
            throw new AccessDeniedException("tokens are made in a login session");
        }
        String name =
                request == null || request.name() == null || request.name().isBlank() ? "API" : request.name();
        ApiTokens.Created created = tokens.create(person, name, request == null ? null : request.expiresOn());
        ApiToken token = created.token();
        return ResponseEntity.created(URI.create("/api/v1/me/tokens/" + token.id()))
                .body(new CreatedToken(token.id(), token.name(), token.expiresOn(), created.secret()));
    }

    @GetMapping
    @Operation(summary = "Your tokens in your current municipality, newest first, without their secrets")
    List<TokenResponse> list(@AuthenticationPrincipal CurrentUser person) {
        return tokens.of(person).stream().map(TokenResponse::of).toList();
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Revokes one of your tokens")
    ResponseEntity<Void> revoke(@AuthenticationPrincipal CurrentUser person, @PathVariable UUID id) {
        tokens.revoke(person, id);
        return ResponseEntity.noContent().build();
    }
}
