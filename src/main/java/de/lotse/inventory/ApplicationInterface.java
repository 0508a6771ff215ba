package de.lotse.inventory;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Version;
import java.util.UUID;
import org.hibernate.annotations.TenantId;
import org.hibernate.envers.Audited;

/** A directed interface: one application sends another what {@link #exchanges()} names. */
@Entity
@Audited
public class ApplicationInterface {

    @EmbeddedId
    @AttributeOverride(name = "value", column = @Column(name = "id"))
    private ApplicationInterfaceId id;

    @TenantId
    private UUID tenantId;

    @Version
    private Long version;

    @Embedded
    @AttributeOverride(name = "value", column = @Column(name = "from_application_id"))
    private ApplicationId source;

    @Embedded
    @AttributeOverride(name = "value", column = @Column(name = "to_application_id"))
    private ApplicationId target;

    private String exchanges;

    protected ApplicationInterface() {}

    ApplicationInterface(ApplicationId from, ApplicationInterfaceData data) {
        this.id = ApplicationInterfaceId.random();
        this.source = from;
        apply(data);
    }

    final void apply(ApplicationInterfaceData data) {
        this.target = data.to();
        this.exchanges = data.exchanges().strip();
    }

    public ApplicationInterfaceId id() {
        return id;
    }

    public long version() {
        return version == null ? 0 : version;
    }

    public ApplicationId from() {
        return source;
    }

    public ApplicationId to() {
        return target;
    }

    public String exchanges() {
        return exchanges;
    }
}
