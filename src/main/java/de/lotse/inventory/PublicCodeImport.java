package de.lotse.inventory;

import de.lotse.inventory.publiccode.PublicCodeReader;
import jakarta.persistence.EntityManager;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes a valid {@code publiccode.yml} an application of the current municipality, or updates the one
 * it describes: the one with its repository URL, else one of its name without a repository URL.
 * An invalid file changes nothing; importing the same file again changes nothing.
 */
@Service
@Transactional
public class PublicCodeImport {

    /**
     * What importing a file did.
     *
     * @param validation what the check found: when it is not valid, nothing was imported
     * @param application the application created or updated, none for an invalid file
     * @param created whether the application is new
     */
    public record Outcome(PublicCodeValidation validation, Application application, boolean created) {}

    private final PublicCodeValidator validator;
    private final PublicCodeReader reader = new PublicCodeReader();
    private final Applications applications;
    private final JdbcClient jdbc;
    private final EntityManager entities;

    PublicCodeImport(
            PublicCodeValidator validator, Applications applications, JdbcClient jdbc, EntityManager entities) {
        this.validator = validator;
        this.applications = applications;
        this.jdbc = jdbc;
        this.entities = entities;
    }

    public Outcome importFile(byte[] content) {
        PublicCodeValidation validation = validator.validate(content);
        if (!validation.valid()) {
            return new Outcome(validation, null, false);
        }
        PublicCodeDescription file =
                PublicCodeDescription.of(reader.values(content).orElseThrow());
        Optional<ApplicationId> described = described(file);
        Application application;
        if (described.isPresent()) {
            Application current = applications.get(described.get());
            application = applications.update(current.id(), current.version(), file.applyTo(current.data(), false));
            application.describedBy(file.facts());
        } else {
            ApplicationData planned = ApplicationData.named(file.name()).withLifecycle(Lifecycle.PLANNED);
            application = applications.create(file.applyTo(planned, true), file.facts());
        }
        entities.flush(); // the version the answer names
        return new Outcome(validation, application, described.isEmpty());
    }

    private Optional<ApplicationId> described(PublicCodeDescription file) {
        Optional<UUID> byUrl = file.facts().repositoryUrl() == null
                ? Optional.empty()
                : jdbc.sql("select id from application where repository_url = :url")
                        .param("url", file.facts().repositoryUrl())
                        .query(UUID.class)
                        .optional();
        return byUrl.or(() -> jdbc.sql(
                                "select id from application where repository_url is null and lower(name) = lower(:name)"
                                        + " order by id limit 1")
                        .param("name", file.name())
                        .query(UUID.class)
                        .optional())
                .map(ApplicationId::new);
    }
}
