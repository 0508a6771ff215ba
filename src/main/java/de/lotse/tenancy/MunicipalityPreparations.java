package de.lotse.tenancy;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs the {@link MunicipalityPreparation}s: for a new municipality once it is committed, for every
 * municipality at start (filling in what databases from before lack), and on request for all
 * municipalities (e.g. after a new catalogue). Each runs in its own transaction bound to the
 * municipality, so row-level security applies as for any other work of it.
 */
@Component
public class MunicipalityPreparations {

    private static final Logger log = LoggerFactory.getLogger(MunicipalityPreparations.class);

    private final List<MunicipalityPreparation> preparations;
    private final MunicipalityRepository municipalities;
    private final TransactionTemplate transaction;

    MunicipalityPreparations(
            List<MunicipalityPreparation> preparations,
            MunicipalityRepository municipalities,
            PlatformTransactionManager transactionManager) {
        this.preparations = preparations;
        this.municipalities = municipalities;
        this.transaction = new TransactionTemplate(transactionManager);
        // a connection is bound to the municipality when its transaction starts: never join the caller's
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Prepares a new municipality after the transaction that stored it has committed. */
    @TransactionalEventListener(fallbackExecution = true)
    void created(MunicipalityCreated event) {
        preparations.forEach(preparation -> prepare(event.municipality(), preparation));
    }

    /** Completes municipalities of databases from before, before the application's runners start. */
    @EventListener(ApplicationStartedEvent.class)
    void started() {
        long start = System.nanoTime();
        List<MunicipalityId> all = transaction.execute(status ->
                municipalities.findAll().stream().map(Municipality::id).toList());
        all.forEach(municipality -> preparations.forEach(preparation -> prepare(municipality, preparation)));
        log.debug("Prepared {} municipalities in {} ms", all.size(), (System.nanoTime() - start) / 1_000_000);
    }

    /** Runs one preparation for every municipality, e.g. after a catalogue was applied. */
    public void prepareAll(MunicipalityPreparation preparation) {
        List<MunicipalityId> all = transaction.execute(status ->
                municipalities.findAll().stream().map(Municipality::id).toList());
        all.forEach(municipality -> prepare(municipality, preparation));
    }

    private void prepare(MunicipalityId municipality, MunicipalityPreparation preparation) {
        CurrentTenant.callAs(
                municipality,
                () -> transaction.execute(status -> {
                    preparation.prepare();
                    return null;
                }));
    }
}
