package de.lotse.audit.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.TenantId;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

/** One transaction that changed audited records: who, when, in which municipality. */
@Entity
@Table(name = "audit_revision")
@RevisionEntity(AuditRevisionListener.class)
public class AuditRevision {

    /** The author of changes made without a logged-in person. */
    public static final String SYSTEM = "system";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @RevisionNumber
    private Long id;

    @TenantId
    private UUID tenantId;

    @RevisionTimestamp
    private Instant changedAt;

    private UUID authorId;

    private String authorName;

    protected AuditRevision() {}

    void setChangedAt(Instant changedAt) {
        this.changedAt = changedAt;
    }

    void setAuthor(UUID authorId, String authorName) {
        this.authorId = authorId;
        this.authorName = authorName;
    }

    public Long id() {
        return id;
    }
}
