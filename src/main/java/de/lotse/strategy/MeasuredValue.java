package de.lotse.strategy;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.TenantId;
import org.hibernate.envers.Audited;

/** What an indicator measured on one day, and where the number comes from. */
@Entity
@Audited
public class MeasuredValue {

    @EmbeddedId
    @AttributeOverride(name = "value", column = @Column(name = "id"))
    private MeasuredValueId id;

    @TenantId
    private UUID tenantId;

    @Version
    private Long version;

    @Embedded
    @AttributeOverride(name = "value", column = @Column(name = "indicator_id"))
    private IndicatorId indicator;

    private LocalDate measuredOn;

    private BigDecimal value;

    private String source;

    protected MeasuredValue() {}

    MeasuredValue(IndicatorId indicator, MeasuredValueData data) {
        this.id = MeasuredValueId.random();
        this.indicator = indicator;
        this.measuredOn = data.measuredOn();
        this.value = data.value();
        this.source = Texts.blankToNull(data.source());
    }

    public MeasuredValueId id() {
        return id;
    }

    public long version() {
        return version == null ? 0 : version;
    }

    public IndicatorId indicator() {
        return indicator;
    }

    public LocalDate measuredOn() {
        return measuredOn;
    }

    public BigDecimal value() {
        return value;
    }

    public String source() {
        return source;
    }
}
