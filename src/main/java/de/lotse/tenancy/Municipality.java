package de.lotse.tenancy;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Version;
import java.time.Instant;
import org.springframework.data.domain.AbstractAggregateRoot;

/** A municipality (Kommune) using Lotse: the tenant that owns its data. */
@Entity
public class Municipality extends AbstractAggregateRoot<Municipality> {

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

    /** A deactivated municipality's people cannot log in; nothing of it is deleted. */
    private boolean active;

    private Instant createdAt;

    /** The official 12-digit regional key (Amtlicher Regionalschlüssel), from the directory. */
    private String ars;

    /** The kind of municipality in the directory, e.g. "Kreisfreie Stadt". */
    private String kind;

    private String land;

    private String kreis;

    private Integer population;

    protected Municipality() {}

    public Municipality(String name, String ags, String slug) {
        this.id = MunicipalityId.random();
        this.name = name;
        this.ags = ags;
        this.slug = slug;
        this.active = true;
        this.createdAt = Instant.now();
        // published when the new municipality is first saved
        registerEvent(new MunicipalityCreated(id));
    }

    /** A municipality as the official directory describes it, with the public slug chosen for it. */
    public static Municipality fromDirectory(DirectoryMunicipality entry, String name, String slug) {
        Municipality municipality = new Municipality(name, entry.ags(), slug);
        municipality.ars = entry.ars();
        municipality.kind = entry.type();
        municipality.land = entry.land();
        municipality.kreis = entry.kreis();
        municipality.population = entry.population();
        return municipality;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public boolean active() {
        return active;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String ars() {
        return ars;
    }

    public String kind() {
        return kind;
    }

    public String land() {
        return land;
    }

    public String kreis() {
        return kreis;
    }

    public Integer population() {
        return population;
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
