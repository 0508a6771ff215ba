package de.lotse.audit.internal;

import de.lotse.identity.SecurityEvent;
import de.lotse.tenancy.CurrentTenant;
import de.lotse.tenancy.MunicipalityId;
import java.sql.Timestamp;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes security events to {@code security_event}: inside the transaction of the change they
 * report (a role change and its record stand or fall together), or, for logins, in a transaction of
 * their own bound to the event's municipality (also when the change ran for no or another
 * municipality, as background work may).
 */
@Component
class SecurityEventRecorder {

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    SecurityEventRecorder(JdbcClient jdbc, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @EventListener
    public void record(SecurityEvent event) {
        // the current transaction's connection is bound to the current municipality only
        boolean sameMunicipality = java.util.Objects.equals(CurrentTenant.get().orElse(null), event.municipality());
        if (TransactionSynchronizationManager.isActualTransactionActive() && sameMunicipality) {
            insert(event);
        } else {
            CurrentTenant.callAs(event.municipality(), () -> transactions.execute(status -> insert(event)));
        }
    }

    private int insert(SecurityEvent event) {
        MunicipalityId municipality = event.municipality();
        return jdbc.sql(
                        """
                        insert into security_event (tenant_id, occurred_at, kind, actor_id, actor_name, account_id,
                            account_name, email_hash, client_address, detail)
                        values (:tenant, :at, :kind, :actor, :actorName, :account, :accountName, :emailHash,
                            :address, :detail)
                        """)
                .param("tenant", municipality == null ? null : municipality.value())
                .param("at", Timestamp.from(event.at()))
                .param("kind", event.kind().name())
                .param("actor", event.actorId())
                .param("actorName", truncate(event.actorName(), 200))
                .param("account", event.accountId())
                .param("accountName", truncate(event.accountName(), 200))
                .param("emailHash", event.emailHash())
                .param("address", event.clientAddress())
                .param("detail", truncate(event.detail(), 200))
                .update();
    }

    private static String truncate(String value, int length) {
        return value == null || value.length() <= length ? value : value.substring(0, length);
    }
}
