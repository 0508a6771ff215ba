package de.lotse.strategy;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.UUID;
import org.hibernate.annotations.TenantId;
import org.hibernate.envers.Audited;

/** A field of action (Handlungsfeld): a theme of the strategy that groups goals, in the given order. */
@Entity
@Table(name = "field_of_action")
@Audited
public class FieldOfAction {

    @EmbeddedId
    @AttributeOverride(name = "value", column = @Column(name = "id"))
    private FieldOfActionId id;

    @TenantId
    private UUID tenantId;

    @Version
    private Long version;

    private int position;

    private String name;

    private String description;

    private String colour;

    protected FieldOfAction() {}

    FieldOfAction(FieldOfActionData data, int position) {
        this.id = FieldOfActionId.random();
        this.position = position;
        apply(data);
    }

    final void apply(FieldOfActionData data) {
        FieldOfActionData normalised = data.normalised();
        this.name = normalised.name();
        this.description = normalised.description();
        this.colour = normalised.colour();
    }

    void moveTo(int position) {
        this.position = position;
    }

    public FieldOfActionId id() {
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

    public String description() {
        return description;
    }

    public String colour() {
        return colour;
    }

    /** The colour as one of the palette (colours from before the palette count as slate). */
    public FieldColour palette() {
        return FieldColour.ofHex(colour).orElse(FieldColour.SLATE);
    }

    /** What a person can set, as it is now. */
    public FieldOfActionData data() {
        return new FieldOfActionData(name, description, colour);
    }
}
