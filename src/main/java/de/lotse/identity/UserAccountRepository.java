package de.lotse.identity;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Stores people's accounts. */
public interface UserAccountRepository extends JpaRepository<UserAccount, UserAccountId> {

    Optional<UserAccount> findByEmail(String email);
}
