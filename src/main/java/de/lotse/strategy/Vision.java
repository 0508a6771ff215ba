package de.lotse.strategy;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.util.UUID;
import org.hibernate.annotations.TenantId;
import org.hibernate.envers.Audited;

/** The municipality's vision: one formatted text (a safe Markdown subset) and whether it is published. */
@Entity
@Audited
public class Vision {

    @Id
    private UUID id;

    @TenantId
    private UUID tenantId;

    @Version
    private Long version;

    private String text;

    private boolean published;

    protected Vision() {}

    Vision(VisionData data) {
        this.id = UUID.randomUUID();
        apply(data);
    }

    final void apply(VisionData data) {
        this.text = data.text().strip();
        this.published = data.published();
    }

    public UUID id() {
        return id;
    }

    public long version() {
        return version == null ? 0 : version;
    }

    /** The text as written, in Markdown. */
    public String text() {
        return text;
    }

    public boolean published() {
        return published;
    }

    public VisionData data() {
        return new VisionData(text, published);
    }
}
