package de.lotse.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import de.lotse.tenancy.TenantFixture;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * One strategy record of each kind in Musterstadt, for the isolation tests: made before a test,
 * checked to be unchanged after it, and removed again.
 */
@Component
public class MusterstadtsStrategy {

    public static final String FIELD = "Geheimes Handlungsfeld";
    public static final String GOAL = "Geheimes Ziel";

    private final TenantFixture tenants;
    private final FieldsOfAction fields;
    private final Goals goals;
    private final Indicators indicators;

    private FieldOfAction field;
    private Goal goal;
    private Indicator indicator;
    private MeasuredValue value;

    MusterstadtsStrategy(TenantFixture tenants, FieldsOfAction fields, Goals goals, Indicators indicators) {
        this.tenants = tenants;
        this.fields = fields;
        this.goals = goals;
        this.indicators = indicators;
    }

    public void create() {
        tenants.as(tenants.musterstadt(), () -> {
            field = fields.create(new FieldOfActionData(FIELD, "Nur für Musterstadt", FieldColour.MAGENTA.hex()));
            goal = goals.create(new GoalData(field.id(), GOAL, null, null, null));
            indicator = indicators.create(
                    goal.id(),
                    new IndicatorData(
                            "Geheime Kennzahl",
                            "%",
                            IndicatorDirection.HIGHER_IS_BETTER,
                            BigDecimal.ONE,
                            null,
                            BigDecimal.TEN,
                            null));
            value = indicators.addValue(
                    indicator.id(), new MeasuredValueData(LocalDate.of(2025, 6, 30), BigDecimal.valueOf(2), null));
            return null;
        });
    }

    /** Puts the ids of the records in place of {field}, {goal}, {indicator} and {value}. */
    public String fill(String template) {
        return template.replace("{field}", field.id().toString())
                .replace("{goal}", goal.id().toString())
                .replace("{indicator}", indicator.id().toString())
                .replace("{value}", value.id().toString());
    }

    public void assertUnchanged() {
        tenants.as(tenants.musterstadt(), () -> {
            assertThat(fields.get(field.id()).data()).isEqualTo(field.data());
            assertThat(fields.get(field.id()).version()).isEqualTo(field.version());
            assertThat(goals.get(goal.id()).data()).isEqualTo(goal.data());
            assertThat(goals.get(goal.id()).version()).isEqualTo(goal.version());
            assertThat(indicators.get(indicator.id()).version()).isEqualTo(indicator.version());
            assertThat(indicators.ofGoal(goal.id())).extracting(Indicator::id).containsExactly(indicator.id());
            assertThat(indicators.values(indicator.id()))
                    .extracting(MeasuredValue::id)
                    .containsExactly(value.id());
            return null;
        });
    }

    /** Removes what is left of the records (a test may have deleted some). */
    public void remove() {
        tenants.as(tenants.musterstadt(), () -> {
            goals.ofField(field.id()).forEach(left -> goals.delete(left.id(), left.version()));
            fields.all().stream()
                    .filter(left -> left.id().equals(field.id()))
                    .forEach(left -> fields.delete(left.id(), left.version()));
            return null;
        });
    }
}
