package de.lotse.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import de.lotse.LotseIntegrationTest;
import de.lotse.TestClock;
import de.lotse.identity.CurrentUser;
import de.lotse.tenancy.DepartmentData;
import de.lotse.tenancy.DepartmentLevel;
import de.lotse.tenancy.Departments;
import de.lotse.tenancy.TenantFixture;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Every change of a department is on the record, in the same transaction, for its municipality only. */
@LotseIntegrationTest
class AuditTrailIntegrationTests {

    private static final String CDO = "cdo@musterstadt.example";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    TenantFixture tenants;

    @Autowired
    Departments departments;

    @Autowired
    AuditTrail trail;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestClock clock;

    @Test
    void creatingChangingAndDeletingADepartmentThroughTheApiIsOnTheRecord() throws Exception {
        String name = "Amt für Nachvollziehbarkeit " + UUID.randomUUID();
        String created = mvc.perform(write(post("/api/v1/departments"))
                        .content("{\"name\": \"" + name + "\", \"shortName\": \"18\", \"level\": \"OFFICE\","
                                + " \"head\": \"Dana Albers\"}"))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String id = JsonPath.read(created, "$.id");
        String path = "/api/v1/departments/" + id;
        mvc.perform(write(put(path))
                        .header("If-Match", "\"0\"")
                        .content("{\"name\": \"" + name + " und IT\", \"shortName\": \"18\", \"level\": \"UNIT\"}"))
                .andExpect(status().isOk());
        mvc.perform(write(delete(path)).header("If-Match", "\"1\"")).andExpect(status().isNoContent());

        List<AuditEntry> history = tenants.as(tenants.musterstadt(), () -> trail.historyOf("department", id));

        CurrentUser cdo = (CurrentUser) users.loadUserByUsername(CDO);
        assertThat(history)
                .extracting(AuditEntry::kind)
                .containsExactly(ChangeKind.DELETED, ChangeKind.CHANGED, ChangeKind.CREATED);
        assertThat(history).allSatisfy(entry -> {
            assertThat(entry.authorId()).isEqualTo(cdo.id().value());
            assertThat(entry.authorName()).isEqualTo(cdo.displayName());
            assertThat(entry.recordType()).isEqualTo("department");
            assertThat(entry.recordId()).isEqualTo(id);
        });
        assertThat(history.get(2).changes())
                .contains(
                        new PropertyChange("name", null, name, null, null),
                        new PropertyChange("short_name", null, "18", null, null),
                        new PropertyChange("level", null, "OFFICE", null, null),
                        new PropertyChange("head", null, "Dana Albers", null, null),
                        new PropertyChange("active", null, "true", null, null))
                .extracting(PropertyChange::property)
                .doesNotContain("parent_id", "contact_email", "version", "tenant_id");
        assertThat(history.get(1).changes())
                .containsExactly(
                        new PropertyChange("name", name, name + " und IT", null, null),
                        new PropertyChange("level", "OFFICE", "UNIT", null, null),
                        new PropertyChange("head", "Dana Albers", null, null, null));
        assertThat(history.get(0).changes())
                .contains(new PropertyChange("name", name + " und IT", null, null, null))
                .contains(new PropertyChange("level", "UNIT", null, null, null));

        UUID municipality = tenants.as(tenants.musterstadt(), () -> jdbc.sql(
                        "select distinct r.tenant_id from audit_revision r join department_aud a on a.rev = r.id"
                                + " where a.id = :id")
                .param("id", UUID.fromString(id))
                .query(UUID.class)
                .single());
        assertThat(municipality).isEqualTo(tenants.musterstadt().value());
        assertThat(tenants.as(tenants.beispielhausen(), () -> trail.historyOf("department", id)))
                .isEmpty();
    }

    @Test
    void aMoveNamesTheParentsAndBackgroundWorkIsRecordedAsSystem() {
        var parent = tenants.as(
                tenants.musterstadt(),
                () -> departments.create(new DepartmentData(
                        "Dezernat Verlauf " + UUID.randomUUID(), null, DepartmentLevel.DIRECTORATE, null, null, null)));
        var unit = tenants.as(
                tenants.musterstadt(),
                () -> departments.create(new DepartmentData(
                        "Abteilung Verlauf " + UUID.randomUUID(), null, DepartmentLevel.UNIT, null, null, null)));
        tenants.as(
                tenants.musterstadt(),
                () -> departments.update(
                        unit.id(),
                        unit.version(),
                        new DepartmentData(unit.name(), null, DepartmentLevel.UNIT, parent.id(), null, null)));

        List<AuditEntry> history = tenants.as(
                tenants.musterstadt(),
                () -> trail.historyOf("department", unit.id().toString()));

        assertThat(history).hasSize(2).allSatisfy(entry -> {
            assertThat(entry.bySystem()).isTrue();
            assertThat(entry.authorName()).isEqualTo("system");
        });
        assertThat(history.get(0).changes())
                .containsExactly(
                        new PropertyChange("parent_id", null, parent.id().toString(), null, parent.name()));
    }

    @Test
    void searchFiltersByPersonTypeAndDayAndPagesInTheDatabase() throws Exception {
        CurrentUser cdo = (CurrentUser) users.loadUserByUsername(CDO);
        for (int i = 0; i < 3; i++) {
            mvc.perform(write(post("/api/v1/departments"))
                            .content("{\"name\": \"Suchamt " + UUID.randomUUID() + "\", \"level\": \"OFFICE\"}"))
                    .andExpect(status().isCreated());
        }
        LocalDate today = LocalDate.now(AuditTrail.ZONE);

        Page<AuditEntry> page = tenants.as(
                tenants.musterstadt(),
                () -> trail.search(
                        new AuditFilter(cdo.id().value(), false, "department", today, today), PageRequest.of(0, 2)));

        assertThat(page.getContent()).hasSize(2).allSatisfy(entry -> assertThat(entry.authorName())
                .isEqualTo(cdo.displayName()));
        assertThat(page.getTotalElements()).isGreaterThanOrEqualTo(3);
        assertThat(page.getContent().get(0).revision())
                .isGreaterThan(page.getContent().get(1).revision());
        assertThat(tenants.as(
                                tenants.musterstadt(),
                                () -> trail.search(
                                        new AuditFilter(
                                                cdo.id().value(), false, null, today.minusDays(3), today.minusDays(1)),
                                        PageRequest.of(0, 2)))
                        .getTotalElements())
                .isZero();
        assertThat(tenants.as(
                                tenants.musterstadt(),
                                () -> trail.search(
                                        new AuditFilter(null, false, "no_such_table; drop table x", null, null),
                                        PageRequest.of(0, 2)))
                        .getTotalElements())
                .isZero();
        assertThat(tenants.as(tenants.musterstadt(), () -> trail.authors()))
                .contains(new AuditAuthor(cdo.id().value(), cdo.displayName()));
    }

    @Test
    void beispielhausenSeesNoneOfMusterstadtsEntries() throws Exception {
        mvc.perform(write(post("/api/v1/departments"))
                        .content("{\"name\": \"Geheimes Amt " + UUID.randomUUID() + "\", \"level\": \"OFFICE\"}"))
                .andExpect(status().isCreated());
        List<String> musterstadts = tenants.as(
                        tenants.musterstadt(), () -> trail.search(AuditFilter.none(), PageRequest.of(0, 1000)))
                .map(AuditEntry::recordId)
                .getContent();
        List<String> beispielhausens = tenants.as(
                        tenants.beispielhausen(), () -> trail.search(AuditFilter.none(), PageRequest.of(0, 1000)))
                .map(AuditEntry::recordId)
                .getContent();

        assertThat(musterstadts).isNotEmpty();
        assertThat(beispielhausens).doesNotContainAnyElementsOf(musterstadts);
        assertThat(tenants.as(tenants.beispielhausen(), () -> trail.authors()))
                .extracting(AuditAuthor::name)
                .doesNotContain(((CurrentUser) users.loadUserByUsername(CDO)).displayName());
    }

    @Test
    void theTimeOfAChangeComesFromTheApplicationsClock() {
        clock.advance(Duration.ofDays(400));
        try {
            var department = tenants.as(
                    tenants.musterstadt(),
                    () -> departments.create(new DepartmentData(
                            "Zeitreise " + UUID.randomUUID(), null, DepartmentLevel.OFFICE, null, null, null)));
            var history = tenants.as(
                    tenants.musterstadt(),
                    () -> trail.historyOf("department", department.id().value().toString()));
            assertThat(history.get(0).at().toInstant())
                    .isBetween(clock.instant().minusSeconds(60), clock.instant())
                    .isAfter(Instant.now().plus(Duration.ofDays(399)));
        } finally {
            clock.reset();
        }
    }

    @Test
    void theApplicationCanNeitherChangeNorDeleteAuditEntries() {
        tenants.as(
                tenants.musterstadt(),
                () -> departments.create(new DepartmentData(
                        "Unveränderlich " + UUID.randomUUID(), null, DepartmentLevel.OFFICE, null, null, null)));
        for (String statement : List.of(
                "update audit_revision set author_name = 'Niemand'",
                "delete from audit_revision",
                "update department_aud set name = 'Gefälscht'",
                "delete from department_aud",
                "truncate department_aud")) {
            Throwable refused = catchThrowable(() ->
                    tenants.as(tenants.musterstadt(), () -> jdbc.sql(statement).update()));
            assertThat(refused).as(statement).rootCause().hasMessageContaining("permission denied");
        }
    }

    private MockHttpServletRequestBuilder write(MockHttpServletRequestBuilder request) {
        return request.with(csrf()).with(user(users.loadUserByUsername(CDO))).contentType(MediaType.APPLICATION_JSON);
    }
}
