package de.lotse.identity;

import de.lotse.platform.ApiTokenVerifier;
import de.lotse.platform.RecordNotFoundException;
import de.lotse.tenancy.Municipality;
import de.lotse.tenancy.MunicipalityRepository;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Makes, lists, revokes and checks people's personal API tokens. */
@Service
@Transactional
public class ApiTokens implements ApiTokenVerifier {

    static final String PREFIX = "lotse_";

    private final SecureRandom random = new SecureRandom();
    private final ApiTokenRepository tokens;
    private final UserAccountRepository accounts;
    private final MunicipalityRepository municipalities;
    private final Clock clock;
    private final SecurityEvents events;

    ApiTokens(
            ApiTokenRepository tokens,
            UserAccountRepository accounts,
            MunicipalityRepository municipalities,
            Clock clock,
            SecurityEvents events) {
        this.events = events;
        this.tokens = tokens;
        this.accounts = accounts;
        this.municipalities = municipalities;
        this.clock = clock;
    }

    /**
     * A token just made, with its secret: the only time the secret is known.
     *
     * @param token the stored token
     * @param secret what the client sends as {@code Authorization: Bearer <secret>}
     */
    public record Created(ApiToken token, String secret) {}

    /** Makes a token for the person, acting in their current municipality. */
    public Created create(CurrentUser person, String name, LocalDate expiresOn) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        ApiToken token = tokens.save(new ApiToken(
                person.id(), person.municipality(), name.strip(), Sha256.hex(secret), clock.instant(), expiresOn));
        events.publish(
                SecurityEvent.Kind.TOKEN_CREATED,
                person.municipality(),
                person,
                person.id().value(),
                person.displayName(),
                token.name());
        return new Created(token, secret);
    }

    @Transactional(readOnly = true)
    public List<ApiToken> of(CurrentUser person) {
        return tokens.findByOwnerAndMunicipalityOrderByCreatedAtDesc(person.id(), person.municipality());
    }

    /** Revokes one of the person's tokens; another person's token answers as missing. */
    public void revoke(CurrentUser person, UUID id) {
        ApiToken token = tokens.findByIdAndOwner(id, person.id())
                .filter(candidate -> candidate.municipality().equals(person.municipality()))
                .orElseThrow(() -> new RecordNotFoundException("api token", id));
        token.revoke(clock.instant());
        events.publish(
                SecurityEvent.Kind.TOKEN_REVOKED,
                person.municipality(),
                person,
                person.id().value(),
                person.displayName(),
                token.name());
    }

    @Override
    public Optional<Authentication> verify(String secret) {
        if (!secret.startsWith(PREFIX)) {
            return Optional.empty();
        }
        LocalDate today = LocalDate.now(clock);
        return tokens.findBySecretHash(Sha256.hex(secret))
                .filter(token -> token.usableOn(today))
                .flatMap(token -> person(token).map(person -> {
                    token.used(clock.instant());
                    return (Authentication) new ApiTokenAuthentication(person);
                }));
    }

    /**
     * The token's owner with their current role in the token's municipality, if they still have an
     * active membership there and the municipality is active.
     */
    private Optional<CurrentUser> person(ApiToken token) {
        return accounts.findById(token.owner())
                .filter(UserAccount::enabled)
                .flatMap(account -> account.memberships().stream()
                        .filter(membership -> membership.municipality().equals(token.municipality()))
                        .filter(Membership::active)
                        .findFirst()
                        .flatMap(membership -> municipalities
                                .findById(token.municipality())
                                // a deactivated municipality's tokens stop working with it
                                .filter(Municipality::active)
                                .map((Municipality municipality) -> new CurrentUser(
                                        account, municipality.id(), municipality.name(), membership.role()))));
    }
}
