package de.lotse.servicecatalog;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.io.ResourceLoader;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies the catalogue shipped in the jar at start, before the web server takes requests: nothing
 * to do when it was applied before, or when the current catalogue (e.g. one an operator imported) is
 * newer; otherwise it becomes the current catalogue in one transaction.
 */
@Component
class CatalogueLoader implements SmartInitializingSingleton {

    /** What a load did. */
    enum Outcome {
        APPLIED,
        ALREADY_APPLIED,
        NEWER_PRESENT
    }

    static final String SHIPPED = "shipped";

    private static final Logger log = LoggerFactory.getLogger(CatalogueLoader.class);

    private final CatalogueWriter writer;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final ResourceLoader resources;

    CatalogueLoader(
            CatalogueWriter writer,
            JdbcClient jdbc,
            PlatformTransactionManager transactionManager,
            ResourceLoader resources) {
        this.writer = writer;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactionManager);
        this.resources = resources;
    }

    @Override
    public void afterSingletonsInstantiated() {
        load(ShippedCatalogue.from(resources));
    }

    Outcome load(ShippedCatalogue shipped) {
        long start = System.nanoTime();
        String checksum = CatalogueFiles.checksum(shipped.files());
        // most starts end here, without reading the files or taking the lock
        Outcome outcome = unchanged(checksum, shipped.contentDate())
                .orElseGet(() -> transaction.execute(status -> {
                    Catalogue catalogue = CatalogueFiles.read(shipped.files());
                    // released at commit; a second node starting now waits here and then finds it applied
                    writer.lock();
                    return unchanged(checksum, shipped.contentDate()).orElseGet(() -> {
                        writer.apply(catalogue, shipped.label(), shipped.contentDate(), SHIPPED);
                        return Outcome.APPLIED;
                    });
                }));
        log.info(
                "Service catalogue '{}' of {}: {} in {} ms",
                shipped.label(),
                shipped.contentDate(),
                outcome,
                Duration.ofNanos(System.nanoTime() - start).toMillis());
        return outcome;
    }

    private Optional<Outcome> unchanged(String checksum, LocalDate contentDate) {
        if (writer.isApplied(checksum)) {
            return Optional.of(Outcome.ALREADY_APPLIED);
        }
        Optional<LocalDate> current = jdbc.sql("select content_date from catalogue_version order by id desc limit 1")
                .query(LocalDate.class)
                .optional();
        // never replace a newer catalogue, imported by an operator or applied by a newer Lotse
        return current.filter(date -> date.isAfter(contentDate)).map(date -> Outcome.NEWER_PRESENT);
    }
}
