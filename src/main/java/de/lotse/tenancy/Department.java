package de.lotse.tenancy;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Version;
import java.util.UUID;
import org.hibernate.annotations.TenantId;
import org.hibernate.envers.Audited;

/** An organisation unit of the administration (Dezernat, Amt/Fachbereich, Abteilung, Stabsstelle). */
@Entity
@Audited
public class Department {

    @EmbeddedId
    @AttributeOverride(name = "value", column = @Column(name = "id"))
    private DepartmentId id;

    @TenantId
    private UUID tenantId;

    @Version
    private Long version;

    private String name;

    private String shortName;

    @Enumerated(EnumType.STRING)
    private DepartmentLevel level;

    @Embedded
    @AttributeOverride(name = "value", column = @Column(name = "parent_id"))
    private DepartmentId parent;

    private String head;

    private String contactEmail;

    private boolean active;

    protected Department() {}

    Department(DepartmentData data) {
        this.id = DepartmentId.random();
        this.active = true;
        apply(data);
    }

    final void apply(DepartmentData data) {
        DepartmentData normalised = data.normalised();
        this.name = normalised.name();
        this.shortName = normalised.shortName();
        this.level = normalised.level();
        this.parent = normalised.parent();
        this.head = normalised.head();
        this.contactEmail = normalised.contactEmail();
    }

    void setActive(boolean active) {
        this.active = active;
    }

    public DepartmentId id() {
        return id;
    }

    public long version() {
        return version == null ? 0 : version;
    }

    public String name() {
        return name;
    }

    public String shortName() {
        return shortName;
    }

    public DepartmentLevel level() {
        return level;
    }

    public DepartmentId parent() {
        return parent;
    }

    public String head() {
        return head;
    }

    public String contactEmail() {
        return contactEmail;
    }

    public boolean active() {
        return active;
    }

    /** What a person can set, as it is now. */
    public DepartmentData data() {
        return new DepartmentData(name, shortName, level, parent, head, contactEmail);
    }
}
