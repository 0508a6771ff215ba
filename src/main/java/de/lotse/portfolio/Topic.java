package de.lotse.portfolio;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Version;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** A topic (Thema) the municipality files projects under, e.g. "Bildung" or "Breitband". */
@Entity
public class Topic {

    @EmbeddedId
    @AttributeOverride(name = "value", column = @Column(name = "id"))
    private TopicId id;

    @TenantId
    private UUID tenantId;

    @Version
    private Long version;

    private int position;

    private String name;

    protected Topic() {}

    Topic(String name, int position) {
        this.id = TopicId.random();
        this.name = name;
        this.position = position;
    }

    void rename(String name) {
        this.name = name;
    }

    public TopicId id() {
        return id;
    }

    public long version() {
        return version == null ? 0 : version;
    }

    public int position() {
        return position;
    }

    public String name() {
        return name;
    }
}
