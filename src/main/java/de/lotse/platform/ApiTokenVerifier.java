package de.lotse.platform;

import java.util.Optional;
import org.springframework.security.core.Authentication;

/**
 * Checks a personal API token sent as {@code Authorization: Bearer <token>} and tells whom it
 * authenticates; empty for an unknown, expired or revoked token.
 */
public interface ApiTokenVerifier {

    Optional<Authentication> verify(String token);
}
