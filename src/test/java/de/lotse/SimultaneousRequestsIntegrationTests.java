package de.lotse;

import static org.assertj.core.api.Assertions.assertThat;

import de.lotse.demo.ProbeMunicipality;
import de.lotse.tenancy.TenantFixture;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.ObjectMapper;

/**
 * Twenty identical requests at the same moment: a link is made once, a day's value is recorded once,
 * new goals, indicators and fields of action get distinct positions, and nobody gets a server error.
 */
@LotseIntegrationTest
class SimultaneousRequestsIntegrationTests {

    private static final int REQUESTS = 20;

    @Autowired
    ProbeMunicipality probe;

    @Autowired
    TenantFixture tenants;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void theSameApplicationProjectLinkAtOnceIsMadeOnce() throws Exception {
        Map<String, Object> pair = inProbe(
                """
                select a.id as application, p.id as project from application a cross join project p
                where not exists (select 1 from application_project l
                                  where l.application_id = a.id and l.project_id = p.id)
                order by a.id, p.id limit 1
                """);
        String path = "/api/v1/applications/" + pair.get("application") + "/projects/" + pair.get("project");

        List<HttpResponse<String>> answers =
                atOnce("PUT", path, Map.of("kind", "INTRODUCES", "retireOnOperation", true));

        assertThat(statuses(answers)).allMatch(status -> status == 200 || status == 409);
        assertThat(countInProbe(
                        "select count(*) from application_project where application_id = :a and project_id = :p",
                        pair.get("application"),
                        pair.get("project")))
                .isEqualTo(1);
    }

    @Test
    void theSameServiceProjectLinkAtOnceIsMadeOnce() throws Exception {
        Map<String, Object> pair = inProbe(
                """
                select s.leika_key as service, st.service_id as service_id, p.id as project
                from service_status st join catalogue_leika_service s on s.id = st.service_id cross join project p
                where st.concerned and not exists (select 1 from service_project l
                                  where l.service_id = st.service_id and l.project_id = p.id)
                order by st.service_id, p.id limit 1
                """);
        String path = "/api/v1/service-status/" + pair.get("service") + "/projects/" + pair.get("project");

        List<HttpResponse<String>> answers = atOnce("PUT", path, null);

        assertThat(statuses(answers)).allMatch(status -> status < 300 || status == 409);
        assertThat(countInProbe(
                        "select count(*) from service_project where service_id = :a and project_id = :p",
                        pair.get("service_id"),
                        pair.get("project")))
                .isEqualTo(1);
    }

    @Test
    void theSameServiceApplicationLinkAtOnceIsMadeOnce() throws Exception {
        Map<String, Object> pair = inProbe(
                """
                select s.leika_key as service, st.service_id as service_id, a.id as application
                from service_status st join catalogue_leika_service s on s.id = st.service_id cross join application a
                where st.concerned and not exists (select 1 from service_application l
                                  where l.service_id = st.service_id and l.application_id = a.id)
                order by st.service_id, a.id limit 1
                """);
        String path = "/api/v1/service-status/" + pair.get("service") + "/applications/" + pair.get("application");

        List<HttpResponse<String>> answers = atOnce("PUT", path, null);

        assertThat(statuses(answers)).allMatch(status -> status < 300 || status == 409);
        assertThat(countInProbe(
                        "select count(*) from service_application where service_id = :a and application_id = :p",
                        pair.get("service_id"),
                        pair.get("application")))
                .isEqualTo(1);
    }

    @Test
    void theSameDaysValueAtOnceIsRecordedOnce() throws Exception {
        Map<String, Object> indicator =
                inProbe("select i.goal_id as goal, i.id as indicator from indicator i order by i.id limit 1");
        // a day long past that no value of this indicator has
        LocalDate day = LocalDate.of(1990, 1, 1)
                .plusDays(countInProbe(
                        "select count(*) from measured_value where indicator_id = :a and measured_on >= :p",
                        indicator.get("indicator"),
                        LocalDate.of(1990, 1, 1)));
        String path =
                "/api/v1/goals/" + indicator.get("goal") + "/indicators/" + indicator.get("indicator") + "/values";

        List<HttpResponse<String>> answers = atOnce("POST", path, Map.of("measuredOn", day.toString(), "value", 42));

        assertThat(statuses(answers)).filteredOn(status -> status == 201).hasSize(1);
        assertThat(statuses(answers)).allMatch(status -> status == 201 || status == 400 || status == 409);
        assertThat(countInProbe(
                        "select count(*) from measured_value where indicator_id = :a and measured_on = :p",
                        indicator.get("indicator"),
                        day))
                .isEqualTo(1);
    }

    @Test
    void newGoalsOfAFieldAtOnceGetDistinctPositions() throws Exception {
        Object field = inProbe("select id from field_of_action order by position limit 1")
                .get("id");

        List<HttpResponse<String>> answers =
                atOnce("POST", "/api/v1/goals", Map.of("title", "Gleichzeitiges Ziel", "fieldId", field));

        assertThat(statuses(answers)).containsOnly(201);
        assertDistinct("select position from goal where field_id = :a", field);
    }

    @Test
    void newIndicatorsOfAGoalAtOnceGetDistinctPositions() throws Exception {
        Object goal = inProbe("select id from goal order by id limit 1").get("id");

        List<HttpResponse<String>> answers = atOnce(
                "POST",
                "/api/v1/goals/" + goal + "/indicators",
                Map.of("name", "Gleichzeitige Kennzahl", "unit", "%", "direction", "HIGHER_IS_BETTER"));

        assertThat(statuses(answers)).containsOnly(201);
        assertDistinct("select position from indicator where goal_id = :a", goal);
    }

    @Test
    void newFieldsOfActionAtOnceGetDistinctPositions() throws Exception {
        List<HttpResponse<String>> answers =
                atOnce("POST", "/api/v1/fields", Map.of("name", "Gleichzeitiges Handlungsfeld", "colour", "#1c4f8c"));

        assertThat(statuses(answers)).containsOnly(201);
        assertDistinct(
                "select position from field_of_action where tenant_id = :a",
                probe.id().value());
    }

    /**
     * Sends the same request {@link #REQUESTS} times, all released at the same moment: each sender
     * has its own connection, opened by a first request before the release, so that none starts late.
     */
    private List<HttpResponse<String>> atOnce(String method, String path, Object body) throws Exception {
        String token = probe.token(port);
        String content = body == null ? null : json.writeValueAsString(body);
        ExecutorService executor = Executors.newFixedThreadPool(REQUESTS);
        try {
            CountDownLatch ready = new CountDownLatch(REQUESTS);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<HttpResponse<String>>> futures = new ArrayList<>();
            for (int i = 0; i < REQUESTS; i++) {
                futures.add(executor.submit(() -> {
                    HttpClient client = HttpClient.newHttpClient();
                    send(client, token, "GET", "/api/v1/me", null);
                    ready.countDown();
                    start.await();
                    return send(client, token, method, path, content);
                }));
            }
            assertThat(ready.await(60, TimeUnit.SECONDS)).isTrue();
            start.countDown();
            List<HttpResponse<String>> answers = new ArrayList<>();
            for (Future<HttpResponse<String>> future : futures) {
                answers.add(future.get(60, TimeUnit.SECONDS));
            }
            assertThat(answers).as("no server errors").allSatisfy(answer -> assertThat(answer.statusCode())
                    .as(answer.body())
                    .isLessThan(500));
            return answers;
        } finally {
            executor.shutdownNow();
        }
    }

    private HttpResponse<String> send(HttpClient client, String token, String method, String path, String content)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "application/json")
                .header("Authorization", "Bearer " + token);
        if (content == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(content));
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static List<Integer> statuses(List<HttpResponse<String>> answers) {
        return answers.stream().map(HttpResponse::statusCode).toList();
    }

    private Map<String, Object> inProbe(String sql) {
        // the probe municipality is created before its connection is bound to it
        probe.id();
        return tenants.as(probe.id(), () -> jdbc.sql(sql).query().singleRow());
    }

    private long countInProbe(String sql, Object a, Object p) {
        return tenants.as(probe.id(), () -> jdbc.sql(sql)
                .param("a", a)
                .param("p", p)
                .query(Long.class)
                .single());
    }

    private void assertDistinct(String sql, Object parent) {
        List<Integer> positions = tenants.as(
                probe.id(),
                () -> jdbc.sql(sql).param("a", parent).query(Integer.class).list());
        assertThat(positions).doesNotHaveDuplicates();
    }
}
