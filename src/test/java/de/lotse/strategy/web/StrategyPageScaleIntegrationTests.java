package de.lotse.strategy.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.lotse.LotseIntegrationTest;
import de.lotse.SqlStatements;
import de.lotse.identity.Membership;
import de.lotse.identity.Role;
import de.lotse.identity.UserAccount;
import de.lotse.identity.UserAccountRepository;
import de.lotse.strategy.FieldColour;
import de.lotse.strategy.FieldOfActionData;
import de.lotse.strategy.FieldOfActionId;
import de.lotse.strategy.FieldsOfAction;
import de.lotse.strategy.GoalData;
import de.lotse.strategy.GoalId;
import de.lotse.strategy.Goals;
import de.lotse.strategy.IndicatorData;
import de.lotse.strategy.IndicatorDirection;
import de.lotse.strategy.IndicatorId;
import de.lotse.strategy.Indicators;
import de.lotse.strategy.MeasuredValueData;
import de.lotse.strategy.StrategyOverview;
import de.lotse.tenancy.Municipality;
import de.lotse.tenancy.MunicipalityRepository;
import de.lotse.tenancy.TenantFixture;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The strategy page at scale, in a municipality of its own: the number of SQL statements does not
 * grow with the goals, indicators and values, and the page renders in milliseconds.
 */
@LotseIntegrationTest
class StrategyPageScaleIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    MunicipalityRepository municipalities;

    @Autowired
    UserAccountRepository accounts;

    @Autowired
    TenantFixture tenants;

    @Autowired
    FieldsOfAction fields;

    @Autowired
    Goals goals;

    @Autowired
    Indicators indicators;

    @Autowired
    StrategyOverview overview;

    @Autowired
    Clock clock;

    private Municipality municipality;

    @Test
    void theStrategyPageRunsTheSameStatementsForTenAndForAHundredGoals() throws Exception {
        municipality = municipalities.save(new Municipality(
                "Messstadt",
                "99" + ThreadLocalRandom.current().nextInt(100000, 999999),
                "messstadt-" + System.nanoTime()));
        String email = "messung-" + System.nanoTime() + "@messstadt.example";
        UserAccount viewer = new UserAccount(email, "Mia Messer", "{noop}unbenutzt");
        viewer.grant(new Membership(municipality.id(), Role.VIEWER));
        accounts.save(viewer);
        RequestPostProcessor asViewer = user(users.loadUserByUsername(email));

        FieldOfActionId[] fieldIds = tenants.as(municipality.id(), () -> {
            FieldOfActionId[] created = new FieldOfActionId[5];
            for (int i = 0; i < created.length; i++) {
                created[i] = fields.create(new FieldOfActionData("Feld " + i, null, FieldColour.values()[i].hex()))
                        .id();
            }
            return created;
        });
        addGoals(fieldIds, 0, 10);
        int small = statements(asViewer);

        addGoals(fieldIds, 10, 100);
        int large = statements(asViewer);
        assertThat(large).as("statements for 100 goals and 300 indicators").isEqualTo(small);

        // MockMvc handles the request on this thread: its CPU time is the server's work, which the
        // wall-clock time shows too, plus the waiting for a core on a busy machine
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] wall = new long[20];
        long[] cpu = new long[wall.length];
        long[] read = new long[wall.length];
        for (int i = 0; i < 10; i++) {
            mvc.perform(get("/strategy").with(asViewer)).andExpect(status().isOk());
        }
        for (int i = 0; i < wall.length; i++) {
            long start = System.nanoTime();
            long startCpu = threads.getCurrentThreadCpuTime();
            mvc.perform(get("/strategy").with(asViewer)).andExpect(status().isOk());
            cpu[i] = (threads.getCurrentThreadCpuTime() - startCpu) / 1_000_000;
            wall[i] = (System.nanoTime() - start) / 1_000_000;
            long startRead = threads.getCurrentThreadCpuTime();
            tenants.as(municipality.id(), overview::tree);
            read[i] = (threads.getCurrentThreadCpuTime() - startRead) / 1_000_000;
        }
        Arrays.sort(wall);
        Arrays.sort(cpu);
        Arrays.sort(read);
        System.out.printf(
                "Strategy page with 100 goals, 300 indicators, 1800 values: %d SQL statements (%d with 10 goals);"
                        + " of %d requests: CPU time median %d ms (max %d), of it reading the tree median %d ms;"
                        + " wall-clock median %d ms (max %d)%n",
                large,
                small,
                wall.length,
                cpu[cpu.length / 2],
                cpu[cpu.length - 1],
                read[read.length / 2],
                wall[wall.length / 2],
                wall[wall.length - 1]);
        // a generous bound: the machines that run the tests are shared; the figures above are reported
        assertThat(cpu[cpu.length / 2]).as("median server CPU time in ms").isLessThan(1000);
    }

    private int statements(RequestPostProcessor asViewer) throws Exception {
        return SqlStatements.during(() -> mvc.perform(get("/strategy").with(asViewer))
                        .andExpect(status().isOk())
                        .andReturn())
                .count();
    }

    /** Goals from {@code from} to {@code to}, each with three indicators with six values. */
    private void addGoals(FieldOfActionId[] fieldIds, int from, int to) {
        LocalDate today = LocalDate.now(clock);
        for (int g = from; g < to; g++) {
            int number = g;
            // one transaction per goal keeps Hibernate's session small while the data is made
            tenants.as(municipality.id(), () -> addGoal(fieldIds[number % fieldIds.length], number, today));
        }
    }

    private Void addGoal(FieldOfActionId field, int number, LocalDate today) {
        GoalId goal = goals.create(new GoalData(field, "Ziel " + number, "Beschreibung " + number, null, today))
                .id();
        for (int i = 0; i < 3; i++) {
            IndicatorId indicator = indicators
                    .create(
                            goal,
                            new IndicatorData(
                                    "Kennzahl " + number + "." + i,
                                    "%",
                                    IndicatorDirection.HIGHER_IS_BETTER,
                                    BigDecimal.ZERO,
                                    today.minusYears(2),
                                    BigDecimal.valueOf(100),
                                    today.plusYears(2)))
                    .id();
            for (int v = 0; v < 6; v++) {
                indicators.addValue(
                        indicator,
                        new MeasuredValueData(today.minusMonths(4L * v), BigDecimal.valueOf(60 - v * 10), null));
            }
        }
        return null;
    }
}
