package de.lotse.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.lotse.LotseIntegrationTest;
import de.lotse.audit.AuditEntry;
import de.lotse.audit.AuditTrail;
import de.lotse.audit.ChangeKind;
import de.lotse.audit.PropertyChange;
import de.lotse.tenancy.TenantFixture;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** Every change of the strategy is on the record, and the record cannot be changed. */
@LotseIntegrationTest
class StrategyAuditIntegrationTests {

    @Autowired
    TenantFixture tenants;

    @Autowired
    FieldsOfAction fields;

    @Autowired
    Goals goals;

    @Autowired
    Indicators indicators;

    @Autowired
    AuditTrail trail;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Test
    void changesOfFieldsGoalsAndIndicatorsAreInTheirHistory() throws Exception {
        FieldOfAction field = tenants.as(
                tenants.musterstadt(),
                () -> fields.create(new FieldOfActionData("Geprüftes Feld", null, FieldColour.GREEN.hex())));
        tenants.as(
                tenants.musterstadt(),
                () -> fields.update(
                        field.id(),
                        0,
                        new FieldOfActionData("Geprüftes Feld, umbenannt", null, FieldColour.GREEN.hex())));
        Goal goal = tenants.as(
                tenants.musterstadt(),
                () -> goals.create(new GoalData(field.id(), "Geprüftes Ziel", null, null, LocalDate.of(2030, 1, 1))));
        Indicator indicator = tenants.as(
                tenants.musterstadt(),
                () -> indicators.create(
                        goal.id(),
                        new IndicatorData(
                                "Geprüfte Zahl",
                                "%",
                                IndicatorDirection.HIGHER_IS_BETTER,
                                BigDecimal.ONE,
                                null,
                                BigDecimal.TEN,
                                null)));
        tenants.as(
                tenants.musterstadt(),
                () -> indicators.addValue(
                        indicator.id(), new MeasuredValueData(LocalDate.of(2026, 3, 31), BigDecimal.valueOf(5), null)));

        List<AuditEntry> fieldHistory = tenants.as(
                tenants.musterstadt(),
                () -> trail.historyOf("field_of_action", field.id().toString()));
        assertThat(fieldHistory).extracting(AuditEntry::kind).containsExactly(ChangeKind.CHANGED, ChangeKind.CREATED);
        assertThat(fieldHistory.get(0).changes())
                .extracting(PropertyChange::property, PropertyChange::newValue)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("name", "Geprüftes Feld, umbenannt"));
        assertThat(tenants.as(
                        tenants.musterstadt(),
                        () -> trail.historyOf("goal", goal.id().toString())))
                .singleElement()
                .satisfies(entry -> assertThat(entry.changes())
                        .extracting(PropertyChange::property)
                        .contains("title", "field_id", "target_date"));
        assertThat(tenants.as(tenants.musterstadt(), () -> trail.recordTypes()))
                .contains("vision", "field_of_action", "goal", "indicator", "measured_value");

        mvc.perform(get("/audit/indicator/" + indicator.id())
                        .with(user(users.loadUserByUsername("rat@musterstadt.example"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Kennzahl")))
                .andExpect(content().string(containsString("Ausgangswert")))
                .andExpect(content().string(containsString("/strategy/indicators/" + indicator.id())));
    }

    @Test
    void theApplicationCanNeitherChangeNorDeleteTheStrategysHistory() {
        for (String table :
                List.of("vision_aud", "field_of_action_aud", "goal_aud", "indicator_aud", "measured_value_aud")) {
            for (String statement :
                    List.of("update " + table + " set revtype = 1", "delete from " + table, "truncate " + table)) {
                Throwable refused = catchThrowable(() -> tenants.as(
                        tenants.musterstadt(), () -> jdbc.sql(statement).update()));
                assertThat(refused).as(statement).rootCause().hasMessageContaining("permission denied");
            }
        }
    }

    @Test
    void everyStrategyTableHasRowLevelSecurity() {
        List<String> unprotected = jdbc.sql(
                        """
                        select relname from pg_class
                        where relname in ('vision', 'field_of_action', 'goal', 'indicator', 'measured_value',
                                          'vision_aud', 'field_of_action_aud', 'goal_aud', 'indicator_aud',
                                          'measured_value_aud')
                          and not relrowsecurity
                        """)
                .query(String.class)
                .list();
        assertThat(unprotected).isEmpty();
        assertThat(tenants.as(tenants.beispielhausen(), () -> jdbc.sql(
                                "select count(*) from goal g join field_of_action f on f.id = g.field_id"
                                        + " where f.name = 'Verwaltung & Bürgerservice'")
                        .query(Long.class)
                        .single()))
                .isZero();
    }
}
