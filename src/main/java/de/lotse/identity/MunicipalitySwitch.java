package de.lotse.identity;

import de.lotse.platform.RecordNotFoundException;
import de.lotse.tenancy.Municipality;
import de.lotse.tenancy.MunicipalityId;
import de.lotse.tenancy.MunicipalityRepository;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Lets a person with active memberships in several municipalities choose the one to act in. The
 * choice is remembered: the next login starts there.
 */
@Service
public class MunicipalitySwitch {

    /**
     * A municipality the person may act in.
     *
     * @param id the municipality
     * @param name its name
     */
    public record Choice(UUID id, String name) {}

    private final UserAccountRepository accounts;
    private final MunicipalityRepository municipalities;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final SecurityEvents events;

    MunicipalitySwitch(
            UserAccountRepository accounts,
            MunicipalityRepository municipalities,
            JdbcClient jdbc,
            TransactionTemplate transactions,
            SecurityEvents events) {
        this.accounts = accounts;
        this.municipalities = municipalities;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.events = events;
    }

    /** The active municipalities the person has an active membership in, by name (one query). */
    public List<Choice> choicesOf(CurrentUser person) {
        if (person.isOperator()) {
            return List.of();
        }
        // memberships and municipalities have no row-level security: the person is bound explicitly
        return jdbc.sql(
                        """
                        select m.id, m.name from membership ms join municipality m on m.id = ms.municipality_id
                        where ms.user_account_id = :person and ms.active and m.active order by m.name, m.id
                        """)
                .param("person", person.id().value())
                .query((rs, n) -> new Choice(rs.getObject("id", UUID.class), rs.getString("name")))
                .list();
    }

    /**
     * The person acting in another of their municipalities, with that membership's role.
     *
     * @throws RecordNotFoundException when the person has no active membership there (or the
     *     municipality is deactivated or unknown): the same answer as for a municipality that does
     *     not exist
     */
    public CurrentUser switchTo(CurrentUser person, MunicipalityId target) {
        CurrentUser switched = transactions.execute(status -> {
            UserAccount account = accounts.findById(person.id())
                    .orElseThrow(() -> new RecordNotFoundException("municipality", target));
            Membership membership = account.membershipIn(target)
                    .filter(Membership::active)
                    .filter(candidate -> !person.isOperator())
                    .orElseThrow(() -> new RecordNotFoundException("municipality", target));
            Municipality municipality = municipalities
                    .findById(target)
                    .filter(Municipality::active)
                    .orElseThrow(() -> new RecordNotFoundException("municipality", target));
            account.rememberMunicipality(target);
            CurrentUser next = new CurrentUser(account, target, municipality.name(), membership.role());
            next.eraseCredentials();
            return next;
        });
        // after the transaction, so that the record is bound to the municipality switched to
        events.publish(
                SecurityEvent.Kind.MUNICIPALITY_SWITCHED,
                target,
                switched,
                person.id().value(),
                person.displayName(),
                person.municipalityName());
        return switched;
    }
}
