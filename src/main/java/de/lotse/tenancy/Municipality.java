package de.lotse.tenancy;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Version;

/** A municipality (Kommune) using Lotse: the tenant that owns its data. */
@Entity
public class Municipality {

    @EmbeddedId
    @AttributeOverride(name = "value", column = @Column(name = "id"))
    private MunicipalityId id;

    @Version
    private Long version;

    private String name;

    /** The official 8-digit municipality key (Amtlicher Gemeindeschlüssel). */
    private String ags;

    /** The name of the municipality in public addresses, e.g. of its transparency portal. */
    private String slug;

    protected Municipality() {}

    public Municipality(String name, String ags, String slug) {
        this.id = MunicipalityId.random();
        this.name = name;
        this.ags = ags;
        this.slug = slug;
    }

    public MunicipalityId id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String ags() {
        return ags;
    }

    public String slug() {
        return slug;
    }
}
