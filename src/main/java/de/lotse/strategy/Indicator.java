package de.lotse.strategy;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.TenantId;
import org.hibernate.envers.Audited;

/** An indicator (Kennzahl) that measures a goal: from a baseline to a target, in a unit. */
@Entity
@Audited
public class Indicator {

    @EmbeddedId
    @AttributeOverride(name = "value", column = @Column(name = "id"))
    private IndicatorId id;

    @TenantId
    private UUID tenantId;

    @Version
    private Long version;

    @Embedded
    @AttributeOverride(name = "value", column = @Column(name = "goal_id"))
    private GoalId goal;

    private int position;

    private String name;

    private String unit;

    @Enumerated(EnumType.STRING)
    private IndicatorDirection direction;

    private BigDecimal baselineValue;

    private LocalDate baselineDate;

    private BigDecimal targetValue;

    private LocalDate targetDate;

    protected Indicator() {}

    Indicator(GoalId goal, IndicatorData data, int position) {
        this.id = IndicatorId.random();
        this.goal = goal;
        this.position = position;
        apply(data);
    }

    final void apply(IndicatorData data) {
        this.name = data.name().strip();
        this.unit = data.unit().strip();
        this.direction = data.direction();
        this.baselineValue = data.baselineValue();
        this.baselineDate = data.baselineDate();
        this.targetValue = data.targetValue();
        this.targetDate = data.targetDate();
    }

    public IndicatorId id() {
        return id;
    }

    public long version() {
        return version == null ? 0 : version;
    }

    public GoalId goal() {
        return goal;
    }

    public int position() {
        return position;
    }

    public String name() {
        return name;
    }

    public String unit() {
        return unit;
    }

    public IndicatorDirection direction() {
        return direction;
    }

    public BigDecimal baselineValue() {
        return baselineValue;
    }

    public LocalDate baselineDate() {
        return baselineDate;
    }

    public BigDecimal targetValue() {
        return targetValue;
    }

    public LocalDate targetDate() {
        return targetDate;
    }

    /** What a person can set, as it is now. */
    public IndicatorData data() {
        return new IndicatorData(name, unit, direction, baselineValue, baselineDate, targetValue, targetDate);
    }
}
