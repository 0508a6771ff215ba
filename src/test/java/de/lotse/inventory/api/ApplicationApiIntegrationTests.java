package de.lotse.inventory.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import de.lotse.HttpSession;
import de.lotse.LotseIntegrationTest;
import de.lotse.tenancy.MunicipalityId;
import de.lotse.tenancy.TenantFixture;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@LotseIntegrationTest
class ApplicationApiIntegrationTests {

    private static final String APPLICATIONS = "/api/v1/applications";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    TenantFixture tenants;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    private String body(String name, String extra) {
        UUID department = department(tenants.musterstadt(), "Bürgeramt");
        return """
                {"name": "%s", "vendor": "Probe GmbH", "product": "ProbeSoft", "productVersion": "1.2",
                 "purpose": "Erprobung", "departmentIds": ["%s"], "responsiblePerson": "Fatma Yilmaz",
                 "hosting": "CLOUD", "users": 12, "lifecycle": "IN_USE", "introducedOn": "2024-01-01",
                 "functionalFit": 4, "technicalFit": 2, "criticality": "HIGH", "personalData": true,
                 "protectionNeed": "HIGH", "openSource": true, "licence": "EUPL-1.2"%s}
                """
                .formatted(name, department, extra);
    }

    @Test
    void createsReadsChangesAndDeletesAnApplication() throws Exception {
        String name = "Probeverfahren " + UUID.randomUUID();
        var created = mvc.perform(write(post(APPLICATIONS)).content(body(name, "")))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", matchesPattern(".*" + APPLICATIONS + "/[0-9a-f-]{36}")))
                .andExpect(header().string("ETag", matchesPattern("\"[0-9]+\"")))
                .andExpect(jsonPath("$.name").value(name))
                .andExpect(jsonPath("$.time").value("MIGRATE"))
                .andExpect(jsonPath("$.departmentIds.length()").value(1))
                .andExpect(jsonPath("$.licence").value("EUPL-1.2"))
                .andReturn();
        String path = path(created.getResponse().getHeader("Location"));
        long version = version(created.getResponse().getHeader("ETag"));

        mvc.perform(get(path).with(as("rat@musterstadt.example")))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", etag(version)))
                .andExpect(jsonPath("$.users").value(12))
                .andExpect(jsonPath("$.hosting").value("CLOUD"));
        mvc.perform(get(APPLICATIONS + "?q=" + name).with(as("rat@musterstadt.example")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(1))
                .andExpect(jsonPath("$.items[0].time").value("MIGRATE"));
        mvc.perform(get(APPLICATIONS + "?time=INVEST&size=200").with(as("rat@musterstadt.example")))
                .andExpect(jsonPath("$.items[*].name", not(hasItem(name))));
        mvc.perform(get(APPLICATIONS + "?time=MIGRATE&hosting=CLOUD&personalData=true&lifecycle=IN_USE&size=200"
                                + "&department=" + department(tenants.musterstadt(), "Bürgeramt"))
                        .with(as("rat@musterstadt.example")))
                .andExpect(jsonPath("$.items[*].name", hasItem(name)));

        mvc.perform(write(put(path))
                        .header("If-Match", etag(version))
                        .content(body(name, "").replace("\"technicalFit\": 2", "\"technicalFit\": 4")))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", etag(version + 1)))
                .andExpect(jsonPath("$.time").value("INVEST"));

        mvc.perform(write(delete(path)).header("If-Match", etag(version))).andExpect(status().isConflict());
        mvc.perform(write(delete(path)).header("If-Match", etag(version + 1))).andExpect(status().isNoContent());
        mvc.perform(get(path).with(as("cdo@musterstadt.example"))).andExpect(status().isNotFound());
        // on the record: created, changed, deleted
        UUID id = UUID.fromString(path.substring(path.lastIndexOf('/') + 1));
        assertThat(tenants.as(tenants.musterstadt(), () -> jdbc.sql(
                                "select revtype from application_aud where id = :id order by rev")
                        .param("id", id)
                        .query(Integer.class)
                        .list()))
                .startsWith(0)
                .endsWith(1, 2);
    }

    @Test
    void aStaleIfMatchAnswers409WithTheCurrentApplicationAndAMissingOne428() throws Exception {
        String name = "Veraltet " + UUID.randomUUID();
        String path = create(body(name, ""));
        long version = currentVersion(path);
        mvc.perform(write(put(path))
                        .header("If-Match", etag(version))
                        .content(body(name, "").replace("\"users\": 12", "\"users\": 13")))
                .andExpect(status().isOk());

        mvc.perform(write(put(path))
                        .header("If-Match", etag(version))
                        .content(body(name, "").replace("\"users\": 12", "\"users\": 14")))
                .andExpect(status().isConflict())
                .andExpect(header().string("Content-Type", startsWith("application/problem+json")))
                .andExpect(header().string("ETag", etag(version + 1)))
                .andExpect(jsonPath("$.currentVersion").value(version + 1))
                .andExpect(jsonPath("$.current.users").value(13));
        mvc.perform(write(put(path)).content(body(name, ""))).andExpect(status().isPreconditionRequired());
        mvc.perform(get(path).with(as("cdo@musterstadt.example")))
                .andExpect(jsonPath("$.users").value(13));
    }

    @Test
    void wrongValuesAnswer400NamingTheField() throws Exception {
        String name = "Falsch " + UUID.randomUUID();
        expectInvalid(post(APPLICATIONS), body("", ""), "name");
        expectInvalid(
                post(APPLICATIONS),
                body(name, "").replace("\"functionalFit\": 4", "\"functionalFit\": 5"),
                "functionalFit");
        expectInvalid(post(APPLICATIONS), body(name, "").replace("\"IN_USE\"", "null"), "lifecycle");
        expectInvalid(post(APPLICATIONS), body(name, "").replace("EUPL-1.2", "EUPL 1.2"), "licence");
        expectInvalid(post(APPLICATIONS), body(name, "").replace("EUPL-1.2", "MIT OR (Apache-2.0 AND"), "licence");
        expectInvalid(post(APPLICATIONS), body(name, ", \"retireBy\": \"2023-12-31\""), "retireBy");
        expectInvalid(
                post(APPLICATIONS),
                body(name, "")
                        .replace(
                                department(tenants.musterstadt(), "Bürgeramt").toString(),
                                department(tenants.beispielhausen(), "Fachbereich 1 – Zentrale Dienste")
                                        .toString()),
                "departmentIds");
        UUID beispielhausens = application(tenants.beispielhausen(), "Bauakte");
        expectInvalid(post(APPLICATIONS), body(name, ", \"successorId\": \"" + beispielhausens + "\""), "successorId");

        String path = create(body(name, "").replace("EUPL-1.2", "MIT OR (Apache-2.0 WITH LLVM-exception)"));
        String self = path.substring(path.lastIndexOf('/') + 1);
        expectInvalid(
                put(path).header("If-Match", etag(currentVersion(path))),
                body(name, ", \"successorId\": \"" + self + "\""),
                "successorId");

        // a cycle through successors: A → B → A
        String other = create(body("Nachfolger " + UUID.randomUUID(), ", \"successorId\": \"" + self + "\""));
        String otherId = other.substring(other.lastIndexOf('/') + 1);
        expectInvalid(
                put(path).header("If-Match", etag(currentVersion(path))),
                body(name, ", \"successorId\": \"" + otherId + "\""),
                "successorId");
    }

    @Test
    void anApplicationNamedAsSuccessorIsNotDeletedButOneWithInterfacesIsWithThem() throws Exception {
        String successor = create(body("Neu " + UUID.randomUUID(), ""));
        String successorId = successor.substring(successor.lastIndexOf('/') + 1);
        String old = create(body("Alt " + UUID.randomUUID(), ", \"successorId\": \"" + successorId + "\""));
        String oldId = old.substring(old.lastIndexOf('/') + 1);
        String link = path(mvc.perform(write(post(old + "/interfaces"))
                        .content("{\"toApplicationId\": \"" + successorId + "\", \"exchanges\": \"Altdaten\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.fromApplicationId").value(oldId))
                .andExpect(jsonPath("$.toApplicationId").value(successorId))
                .andReturn()
                .getResponse()
                .getHeader("Location"));

        mvc.perform(write(delete(successor)))
                .andExpect(status().isConflict())
                .andExpect(header().string("Content-Type", startsWith("application/problem+json")));
        mvc.perform(get(successor).with(as("cdo@musterstadt.example"))).andExpect(status().isOk());

        mvc.perform(write(delete(old))).andExpect(status().isNoContent());
        mvc.perform(get(link).with(as("cdo@musterstadt.example"))).andExpect(status().isNotFound());
        UUID linkId = UUID.fromString(link.substring(link.lastIndexOf('/') + 1));
        assertThat(tenants.as(tenants.musterstadt(), () -> jdbc.sql(
                                "select revtype from application_interface_aud where id = :id order by rev")
                        .param("id", linkId)
                        .query(Integer.class)
                        .list()))
                .containsExactly(0, 2);
        mvc.perform(write(delete(successor))).andExpect(status().isNoContent());
    }

    @Test
    void interfacesAreCreatedChangedAndCheckedLikeApplications() throws Exception {
        String from = create(body("Sender " + UUID.randomUUID(), ""));
        String to = create(body("Empfänger " + UUID.randomUUID(), ""));
        String fromId = from.substring(from.lastIndexOf('/') + 1);
        String toId = to.substring(to.lastIndexOf('/') + 1);
        String link = path(mvc.perform(write(post(from + "/interfaces"))
                        .content("{\"toApplicationId\": \"" + toId + "\", \"exchanges\": \"Meldedaten\"}"))
                .andExpect(status().isCreated())
                .andExpect(header().string("ETag", "\"0\""))
                .andReturn()
                .getResponse()
                .getHeader("Location"));
        mvc.perform(get(from + "/interfaces").with(as("rat@musterstadt.example")))
                .andExpect(jsonPath("$.totalItems").value(1))
                .andExpect(jsonPath("$.items[0].exchanges").value("Meldedaten"));
        mvc.perform(write(put(link))
                        .header("If-Match", "\"0\"")
                        .content("{\"toApplicationId\": \"" + toId + "\", \"exchanges\": \"Meldedaten (XMeld)\"}"))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"1\""));
        mvc.perform(write(put(link))
                        .header("If-Match", "\"0\"")
                        .content("{\"toApplicationId\": \"" + toId + "\", \"exchanges\": \"Alt\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.current.exchanges").value("Meldedaten (XMeld)"));
        mvc.perform(write(put(link)).content("{\"toApplicationId\": \"" + toId + "\", \"exchanges\": \"Alt\"}"))
                .andExpect(status().isPreconditionRequired());

        expectInvalid(
                post(from + "/interfaces"),
                "{\"toApplicationId\": \"" + fromId + "\", \"exchanges\": \"x\"}",
                "toApplicationId");
        expectInvalid(
                post(from + "/interfaces"),
                "{\"toApplicationId\": \"" + application(tenants.beispielhausen(), "Bauakte")
                        + "\", \"exchanges\": \"x\"}",
                "toApplicationId");
        expectInvalid(
                post(from + "/interfaces"),
                "{\"toApplicationId\": \"" + toId + "\", \"exchanges\": \" \"}",
                "exchanges");
        // the interface belongs to the sending application's resource, not to the receiving one's
        mvc.perform(get(to + "/interfaces/" + link.substring(link.lastIndexOf('/') + 1))
                        .with(as("cdo@musterstadt.example")))
                .andExpect(status().isNotFound());
        mvc.perform(write(delete(link)).header("If-Match", "\"1\"")).andExpect(status().isNoContent());
    }

    @Test
    void onlyAdministratorsAndEditorsChangeApplications() throws Exception {
        for (String email : new String[] {"lotse@musterstadt.example", "rat@musterstadt.example"}) {
            mvc.perform(post(APPLICATIONS)
                            .with(csrf())
                            .with(as(email))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(body("Verboten", "")))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(post(APPLICATIONS)
                        .with(csrf())
                        .with(as("redaktion@musterstadt.example"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body("Erlaubt " + UUID.randomUUID(), "")))
                .andExpect(status().isCreated());
    }

    @Test
    void beispielhausensTokenGets404ForMusterstadtsApplicationAndInterface() throws Exception {
        UUID registration = application(tenants.musterstadt(), "Einwohnermeldewesen");
        UUID wahlen = application(tenants.musterstadt(), "Wahlen");
        UUID link = tenants.as(tenants.musterstadt(), () -> jdbc.sql(
                        "select id from application_interface where from_application_id = :from"
                                + " and to_application_id = :to")
                .param("from", registration)
                .param("to", wahlen)
                .query(UUID.class)
                .single());
        // changes with If-Match are tried in the isolation matrix (tenancy.TenantIsolationIntegrationTests)
        String beispielhausen = newToken("cdo@beispielhausen.example");
        String application = APPLICATIONS + "/" + registration;
        String anInterface = application + "/interfaces/" + link;
        String linkBody = "{\"toApplicationId\": \"" + wahlen + "\", \"exchanges\": \"Gekapert\"}";
        for (String[] request : new String[][] {
            {"GET", application, null},
            {"DELETE", application, null},
            {"GET", application + "/interfaces", null},
            {"POST", application + "/interfaces", linkBody},
            {"GET", anInterface, null},
            {"DELETE", anInterface, null}
        }) {
            assertThat(HttpSession.withToken(port, request[0], request[1], beispielhausen, request[2])
                            .statusCode())
                    .as("%s %s", request[0], request[1])
                    .isEqualTo(404);
        }
        HttpResponse<String> list =
                HttpSession.withToken(port, "GET", APPLICATIONS + "?size=200", beispielhausen, null);
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat((Integer) JsonPath.read(list.body(), "$.totalItems")).isEqualTo(8);
        assertThat(list.body()).doesNotContain("Meldedaten (XMeld)", "Ordnungswidrigkeiten");

        String musterstadt = newToken("rat@musterstadt.example");
        HttpResponse<String> read = HttpSession.withToken(port, "GET", anInterface, musterstadt, null);
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat((String) JsonPath.read(read.body(), "$.exchanges"))
                .isEqualTo("Wählerverzeichnis aus dem Melderegister");
        assertThat(tenants.as(tenants.musterstadt(), () -> jdbc.sql("select name from application where id = :id")
                        .param("id", registration)
                        .query(String.class)
                        .single()))
                .isEqualTo("Einwohnermeldewesen");
    }

    @Test
    void theDatabaseKeepsEachMunicipalitysApplicationsApart() {
        for (String table : new String[] {
            "application",
            "application_department",
            "application_interface",
            "application_aud",
            "application_interface_aud"
        }) {
            assertThat(jdbc.sql("select count(*) from " + table)
                            .query(Long.class)
                            .single())
                    .as("%s without municipality", table)
                    .isZero();
            assertThat(tenants.as(tenants.beispielhausen(), () -> jdbc.sql(
                                    "select count(*) from " + table + " where tenant_id <> :tenant")
                            .param("tenant", tenants.beispielhausen().value())
                            .query(Long.class)
                            .single()))
                    .as("%s seen by Beispielhausen", table)
                    .isZero();
        }
        UUID musterstadts = application(tenants.musterstadt(), "Einwohnermeldewesen");
        Throwable refused = org.assertj.core.api.Assertions.catchThrowable(
                () -> tenants.as(tenants.beispielhausen(), () -> jdbc.sql(
                                "insert into application (id, tenant_id, version, name, lifecycle)"
                                        + " values (gen_random_uuid(), :tenant, 0, 'Untergeschoben', 'IN_USE')")
                        .param("tenant", tenants.musterstadt().value())
                        .update()));
        assertThat(refused).rootCause().hasMessageContaining("row-level security");
        assertThat(tenants.as(tenants.beispielhausen(), () -> jdbc.sql(
                                "update application set name = 'Gekapert' where id = :id")
                        .param("id", musterstadts)
                        .update()))
                .isZero();
        assertThat(tenants.as(tenants.beispielhausen(), () -> jdbc.sql(
                                "delete from application_interface where from_application_id = :id")
                        .param("id", musterstadts)
                        .update()))
                .isZero();
    }

    private void expectInvalid(MockHttpServletRequestBuilder request, String json, String field) throws Exception {
        mvc.perform(write(request).content(json))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", startsWith("application/problem+json")))
                .andExpect(jsonPath("$.errors[*].field", hasItem(field)));
    }

    private long currentVersion(String path) throws Exception {
        return version(mvc.perform(get(path).with(as("cdo@musterstadt.example")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getHeader("ETag"));
    }

    private static long version(String etag) {
        return Long.parseLong(etag.replace("\"", ""));
    }

    private static String etag(long version) {
        return "\"" + version + "\"";
    }

    private String create(String json) throws Exception {
        return path(mvc.perform(write(post(APPLICATIONS)).content(json))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getHeader("Location"));
    }

    private UUID department(MunicipalityId municipality, String name) {
        return tenants.as(municipality, () -> jdbc.sql("select id from department where name = :name")
                .param("name", name)
                .query(UUID.class)
                .single());
    }

    private UUID application(MunicipalityId municipality, String name) {
        return tenants.as(municipality, () -> jdbc.sql("select id from application where name = :name")
                .param("name", name)
                .query(UUID.class)
                .single());
    }

    private String newToken(String email) {
        HttpResponse<String> created = HttpSession.loggedIn(port, email, "demo")
                .postJsonWithCsrf("/api/v1/me/tokens", "{\"name\": \"Anwendungen\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return JsonPath.read(created.body(), "$.token");
    }

    private static String path(String location) {
        return location.substring(location.indexOf("/api/"));
    }

    private MockHttpServletRequestBuilder write(MockHttpServletRequestBuilder request) {
        return request.with(csrf()).with(as("cdo@musterstadt.example")).contentType(MediaType.APPLICATION_JSON);
    }

    private RequestPostProcessor as(String email) {
        return user(users.loadUserByUsername(email));
    }
}
