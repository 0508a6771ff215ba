package de.lotse.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import de.lotse.LotseIntegrationTest;
import de.lotse.tenancy.TenantFixture;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The status lists sort and filter by is always the project's latest report, whatever changes the reports. */
@LotseIntegrationTest
class ProjectLatestReportIntegrationTests {

    @Autowired
    TenantFixture tenants;

    @Autowired
    Projects projects;

    @Autowired
    StatusReports reports;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theLatestReportFollowsEveryChangeOfTheReports() {
        Project project = tenants.as(tenants.musterstadt(), () -> projects.create(ProjectMother.idea("Statusprobe")));
        LocalDate today = LocalDate.now();
        StatusReport older = tenants.as(
                tenants.musterstadt(),
                () -> reports.create(project.id(), report(today.minusDays(20), StatusLight.RED)));
        assertThat(latest(project)).containsExactly("RED");
        StatusReport newer = tenants.as(
                tenants.musterstadt(),
                () -> reports.create(project.id(), report(today.minusDays(5), StatusLight.GREEN)));
        assertThat(latest(project)).containsExactly("GREEN");
        // a report written late for an earlier day does not become the status
        tenants.as(
                tenants.musterstadt(),
                () -> reports.create(project.id(), report(today.minusDays(30), StatusLight.YELLOW)));
        assertThat(latest(project)).containsExactly("GREEN");
        tenants.as(
                tenants.musterstadt(),
                () -> reports.update(
                        project.id(), newer.id(), newer.version(), report(today.minusDays(5), StatusLight.YELLOW)));
        assertThat(latest(project)).containsExactly("YELLOW");
        tenants.as(tenants.musterstadt(), () -> {
            reports.delete(project.id(), newer.id(), newer.version() + 1);
            return null;
        });
        assertThat(latest(project)).as("the one before is the status again").containsExactly("RED");
        assertThat(latest(tenants.beispielhausen(), project)).isEmpty();
        assertThat(older.id()).isNotNull();

        tenants.as(tenants.musterstadt(), () -> {
            projects.delete(project.id(), projects.get(project.id()).version());
            return null;
        });
        assertThat(latest(project)).isEmpty();
        assertThat(jdbc.sql("select relrowsecurity from pg_class where relname = 'project_latest_report'")
                        .query(Boolean.class)
                        .single())
                .isTrue();
    }

    private List<String> latest(Project project) {
        return latest(tenants.musterstadt(), project);
    }

    private List<String> latest(de.lotse.tenancy.MunicipalityId municipality, Project project) {
        return tenants.as(
                municipality, () -> jdbc.sql("select overall from project_latest_report where project_id = :id")
                        .param("id", project.id().value())
                        .query(String.class)
                        .list());
    }

    private static StatusReportData report(LocalDate on, StatusLight overall) {
        return new StatusReportData(on, overall, null, null, null, "Stand", null, null, null, null);
    }
}
