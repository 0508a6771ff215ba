package de.lotse.badinput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import de.lotse.LotseIntegrationTest;
import de.lotse.demo.ProbeMunicipality;
import de.lotse.tenancy.MunicipalityId;
import de.lotse.tenancy.TenantFixture;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Every operation of the OpenAPI document, with every body property, query parameter and path
 * variable set to the classic bad values one at a time, as an administrator of a municipality of its
 * own: no answer is a server error, every client error is a problem detail, and another
 * municipality's id is never found.
 */
@LotseIntegrationTest
class BadInputApiIntegrationTests {

    private static final AtomicInteger REQUESTS = new AtomicInteger();
    private static final Set<String> OPERATIONS = ConcurrentHashMap.newKeySet();
    private static final Set<String> VALUE_CLASSES = ConcurrentHashMap.newKeySet();

    @Autowired
    ProbeMunicipality probe;

    @Autowired
    TenantFixture tenants;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    private final ObjectMapper json = new ObjectMapper();

    @TestFactory
    Stream<DynamicContainer> everyOperationAnswersBadInputWithAClientErrorProblem() {
        ApiClient api = new ApiClient(port, probe.token(port));
        JsonNode document =
                json.readTree(probe.admin(port).getJson("/v3/api-docs").body());
        List<OpenApiOperation> operations = OpenApiOperation.all(document);
        assertThat(operations).as("operations in the OpenAPI document").hasSizeGreaterThan(50);
        List<String> collections = operations.stream()
                .filter(operation -> operation.method().equals("GET")
                        && operation.pathVariables().isEmpty())
                .map(OpenApiOperation::path)
                .toList();
        ApiProbes probes =
                new ApiProbes(document, json, new RecordIds(api, json, collections, this::foreignOfSameKind));
        return operations.stream()
                .map(operation -> dynamicContainer(
                        operation.toString(),
                        probes.of(operation).stream()
                                .map(request -> dynamicTest(request.label(), () -> check(api, operation, request)))));
    }

    private void check(ApiClient api, OpenApiOperation operation, ApiProbe request) {
        HttpResponse<String> response = api.send(request, operation.accept());
        REQUESTS.incrementAndGet();
        OPERATIONS.add(operation.toString());
        VALUE_CLASSES.add(request.label().replaceAll("^.*=", ""));
        int status = response.statusCode();
        String what = operation + " " + request.label() + " → " + status + " "
                + response.body().substring(0, Math.min(400, response.body().length()));
        assertThat(status).as(what).isLessThan(500);
        if (status >= 400 && !refusedByTheContainer(response) && !importResult(response)) {
            assertThat(response.headers().firstValue("Content-Type").orElse(""))
                    .as(what)
                    .startsWith("application/problem+json");
        }
        if (request.foreign()) {
            assertThat(status).as("another municipality's record: " + what).isGreaterThanOrEqualTo(400);
            if (operation.method().equals("GET")) {
                assertThat(status).as("another municipality's record: " + what).isEqualTo(404);
            }
        }
    }

    /**
     * Tomcat refuses some addresses before any filter sees them (an encoded NUL in the path, a request
     * line beyond its limit) with its own 400 page; the application never ran, so it has no say.
     */
    private static boolean refusedByTheContainer(HttpResponse<String> response) {
        return response.statusCode() == 400
                && response.headers().firstValue("X-Content-Type-Options").isEmpty();
    }

    /** Imports and the publiccode.yml check answer 422 with their result document, as documented (ADR 14, 15). */
    private static boolean importResult(HttpResponse<String> response) {
        return response.statusCode() == 422
                && response.headers().firstValue("Content-Type").orElse("").startsWith("application/json");
    }

    @AfterAll
    static void count() {
        System.out.printf(
                "Bad-input suite (API): %d operations, %d value classes, %d requests%n",
                OPERATIONS.size(), VALUE_CLASSES.size(), REQUESTS.get());
    }

    /** A Musterstadt record from the tenant table that holds the probe municipality's record with this id. */
    private Optional<UUID> foreignOfSameKind(UUID id) {
        MunicipalityId own = probe.id();
        List<String> tables = tenants.as(own, () -> jdbc.sql(
                        """
                        select c.table_name from information_schema.columns c
                        join information_schema.columns t on t.table_schema = c.table_schema
                             and t.table_name = c.table_name and t.column_name = 'tenant_id'
                        where c.table_schema = current_schema() and c.column_name = 'id' and c.data_type = 'uuid'
                              and c.table_name not like '%\\_aud'
                        order by c.table_name
                        """)
                .query(String.class)
                .list());
        for (String table : tables) {
            boolean holds = tenants.as(own, () -> jdbc.sql("select count(*) from " + table + " where id = :id")
                            .param("id", id)
                            .query(Long.class)
                            .single())
                    > 0;
            if (holds) {
                return tenants.as(
                        tenants.musterstadt(), () -> jdbc.sql("select id from " + table + " order by id limit 1")
                                .query(UUID.class)
                                .optional());
            }
        }
        return Optional.empty();
    }
}
