package de.lotse.servicecatalog;

import de.lotse.platform.InvalidFieldException;
import de.lotse.platform.RecordNotFoundException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An operator replaces the catalogue with a newer one in two steps: the uploaded files are checked
 * and kept, with a preview of what they add, change and withdraw; applying them makes them the
 * current catalogue. Nothing changes while anything in the files is wrong.
 */
@Service
@Transactional
public class CatalogueImports {

    /** Uploaded files, checked, with what applying them would change. */
    public record Preview(
            UUID id, String label, LocalDate contentDate, Catalogue catalogue, CatalogueChanges changes) {}

    private final JdbcClient jdbc;
    private final CatalogueWriter writer;
    private final ServiceCatalogue catalogue;
    private final Clock clock;

    CatalogueImports(JdbcClient jdbc, CatalogueWriter writer, ServiceCatalogue catalogue, Clock clock) {
        this.jdbc = jdbc;
        this.writer = writer;
        this.catalogue = catalogue;
        this.clock = clock;
    }

    /**
     * Checks uploaded catalogue files and keeps them for {@link #apply}.
     *
     * @throws InvalidCatalogueException with every problem of the files; nothing is kept
     * @throws InvalidFieldException when the files are those of the current catalogue
     */
    public Preview upload(String label, LocalDate contentDate, Map<String, byte[]> files, String operator) {
        Catalogue read = CatalogueFiles.read(files);
        if (catalogue.currentVersion().isPresent() && isCurrent(read.checksum())) {
            throw new InvalidFieldException("files", "catalogue.import.unchanged");
        }
        UUID id = UUID.randomUUID();
        jdbc.sql(
                        """
                        insert into catalogue_import (id, label, content_date, checksum, uploaded_at, uploaded_by,
                            topics, life_situations, ozg_services, leika_services)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        id,
                        label.strip(),
                        contentDate,
                        read.checksum(),
                        Timestamp.from(clock.instant()),
                        operator,
                        files.get(CatalogueFiles.TOPICS),
                        files.get(CatalogueFiles.LIFE_SITUATIONS),
                        files.get(CatalogueFiles.OZG_SERVICES),
                        files.get(CatalogueFiles.LEIKA_SERVICES))
                .update();
        return new Preview(id, label.strip(), contentDate, read, writer.changes(read));
    }

    /** The preview of files uploaded before and not yet applied. */
    @Transactional(readOnly = true)
    public Preview preview(UUID id) {
        Pending pending = pending(id);
        Catalogue read = CatalogueFiles.read(pending.files());
        return new Preview(id, pending.label(), pending.contentDate(), read, writer.changes(read));
    }

    /** Makes uploaded files the current catalogue; answers the new catalogue version. */
    public CatalogueVersion apply(UUID id, String operator) {
        writer.lock();
        Pending pending = pending(id);
        Catalogue read = CatalogueFiles.read(pending.files());
        if (isCurrent(read.checksum())) {
            throw new InvalidFieldException("files", "catalogue.import.unchanged");
        }
        int version = writer.apply(read, pending.label(), pending.contentDate(), operator);
        jdbc.sql("update catalogue_import set applied_version = ? where id = ?")
                .params(version, id)
                .update();
        return catalogue.currentVersion().orElseThrow();
    }

    /** Every catalogue applied so far, the newest first. */
    @Transactional(readOnly = true)
    public List<CatalogueVersion> history() {
        return catalogue.versions();
    }

    private boolean isCurrent(String checksum) {
        return jdbc.sql("select checksum from catalogue_version order by id desc limit 1")
                .query(String.class)
                .optional()
                .filter(checksum::equals)
                .isPresent();
    }

    private record Pending(String label, LocalDate contentDate, Map<String, byte[]> files) {}

    private Pending pending(UUID id) {
        Optional<Pending> pending = jdbc.sql(
                        """
                        select label, content_date, topics, life_situations, ozg_services, leika_services
                        from catalogue_import where id = ? and applied_version is null
                        """)
                .param(id)
                .query((rs, n) -> {
                    Map<String, byte[]> files = new LinkedHashMap<>();
                    files.put(CatalogueFiles.TOPICS, rs.getBytes("topics"));
                    files.put(CatalogueFiles.LIFE_SITUATIONS, rs.getBytes("life_situations"));
                    files.put(CatalogueFiles.OZG_SERVICES, rs.getBytes("ozg_services"));
                    files.put(CatalogueFiles.LEIKA_SERVICES, rs.getBytes("leika_services"));
                    return new Pending(rs.getString("label"), rs.getObject("content_date", LocalDate.class), files);
                })
                .optional();
        return pending.orElseThrow(() -> new RecordNotFoundException("catalogue-import", id));
    }
}
