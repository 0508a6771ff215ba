package de.lotse.identity;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.repository.Repository;

/** Stores personal API tokens. */
interface ApiTokenRepository extends Repository<ApiToken, UUID> {

    ApiToken save(ApiToken token);

    Optional<ApiToken> findBySecretHash(String secretHash);

    Optional<ApiToken> findByIdAndOwner(UUID id, UserAccountId owner);

    List<ApiToken> findByOwnerAndMunicipalityOrderByCreatedAtDesc(
            UserAccountId owner, de.lotse.tenancy.MunicipalityId municipality);
}
