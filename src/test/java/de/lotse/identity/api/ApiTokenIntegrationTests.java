package de.lotse.identity.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import de.lotse.HttpSession;
import de.lotse.LotseIntegrationTest;
import de.lotse.TestClock;
import de.lotse.tenancy.DepartmentMother;
import de.lotse.tenancy.Departments;
import de.lotse.tenancy.TenantFixture;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Personal API tokens through the real server: made in a login session, used by other systems. */
@LotseIntegrationTest
class ApiTokenIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    TenantFixture tenants;

    @Autowired
    Departments departments;

    @Autowired
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aTokenMadeInTheSessionListsTheMunicipalitysDepartments() {
        String token = newToken("cdo@musterstadt.example", "{\"name\": \"Haushaltssystem\"}");
        assertThat(token).startsWith("lotse_");

        HttpResponse<String> list = HttpSession.withToken(port, "GET", "/api/v1/departments?size=200", token, null);
        assertThat(list.statusCode()).isEqualTo(200);
        List<String> names = JsonPath.read(list.body(), "$.items[*].name");
        assertThat(names).contains("Hauptamt", "Bürgeramt").noneMatch(name -> name.startsWith("Fachbereich"));
        assertThat(list.headers().firstValue("Set-Cookie")).isEmpty();
    }

    @Test
    void anotherMunicipalitysTokenGets404ForTheSameDepartment() {
        String id = tenants.as(tenants.musterstadt(), () -> departments.create(DepartmentMother.office("Tokenamt")))
                .id()
                .toString();
        String musterstadt = newToken("rat@musterstadt.example", "{\"name\": \"Rat\"}");
        String beispielhausen = newToken("cdo@beispielhausen.example", "{\"name\": \"Beispielhausen\"}");

        assertThat(HttpSession.withToken(port, "GET", "/api/v1/departments/" + id, musterstadt, null)
                        .statusCode())
                .isEqualTo(200);
        assertThat(HttpSession.withToken(port, "GET", "/api/v1/departments/" + id, beispielhausen, null)
                        .statusCode())
                .isEqualTo(404);
        assertThat(HttpSession.withToken(
                                port,
                                "PUT",
                                "/api/v1/departments/" + id,
                                beispielhausen,
                                "{\"name\": \"x\", \"level\": \"OFFICE\"}")
                        .statusCode())
                .isIn(404, 428);
        assertThat(HttpSession.withToken(port, "DELETE", "/api/v1/departments/" + id, beispielhausen, null)
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void aTokenActsWithItsOwnersRoleAndNeedsNoCsrfToken() {
        String viewer = newToken("rat@musterstadt.example", "{\"name\": \"Nur lesen\"}");
        String admin = newToken("cdo@musterstadt.example", "{\"name\": \"Schreiben\"}");
        String body = "{\"name\": \"Per Token angelegt " + System.nanoTime() + "\", \"level\": \"OFFICE\"}";

        assertThat(HttpSession.withToken(port, "POST", "/api/v1/departments", viewer, body)
                        .statusCode())
                .isEqualTo(403);
        assertThat(HttpSession.withToken(port, "POST", "/api/v1/departments", admin, body)
                        .statusCode())
                .isEqualTo(201);
    }

    @Test
    void aRevokedTokenAnswers401() {
        HttpSession session = HttpSession.loggedIn(port, "lotse@musterstadt.example", "demo");
        HttpResponse<String> created = session.postJsonWithCsrf("/api/v1/me/tokens", "{\"name\": \"Kurzlebig\"}");
        String token = JsonPath.read(created.body(), "$.token");
        String id = JsonPath.read(created.body(), "$.id");
        assertThat(HttpSession.withToken(port, "GET", "/api/v1/me", token, null).statusCode())
                .isEqualTo(200);

        assertThat(HttpSession.withToken(port, "DELETE", "/api/v1/me/tokens/" + id, token, null)
                        .statusCode())
                .isEqualTo(204);

        HttpResponse<String> refused = HttpSession.withToken(port, "GET", "/api/v1/me", token, null);
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    }

    @Test
    void aTokenStopsWorkingAfterItsLastDay() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneId.systemDefault());
        String token =
                newToken("rat@musterstadt.example", "{\"name\": \"Bis heute\", \"expiresOn\": \"" + today + "\"}");
        assertThat(HttpSession.withToken(port, "GET", "/api/v1/me", token, null).statusCode())
                .isEqualTo(200);

        clock.advance(Duration.ofDays(2));
        assertThat(HttpSession.withToken(port, "GET", "/api/v1/me", token, null).statusCode())
                .isEqualTo(401);
    }

    @Test
    void unknownTokensAndTokensMakingTokensAreRefused() {
        assertThat(HttpSession.withToken(port, "GET", "/api/v1/me", "lotse_erfunden", null)
                        .statusCode())
                .isEqualTo(401);
        assertThat(HttpSession.withToken(port, "GET", "/api/v1/me", "irgendwas", null)
                        .statusCode())
                .isEqualTo(401);
        String token = newToken("cdo@musterstadt.example", "{\"name\": \"Erzeuger\"}");
        assertThat(HttpSession.withToken(port, "POST", "/api/v1/me/tokens", token, "{\"name\": \"Kind\"}")
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void makingATokenNeedsTheCsrfTokenOfTheSession() {
        HttpSession session = HttpSession.loggedIn(port, "cdo@musterstadt.example", "demo");
        assertThat(session.post("/api/v1/me/tokens", "").statusCode()).isEqualTo(403);
    }

    @Test
    void theListShowsTokensWithoutTheirSecrets() {
        HttpSession session = HttpSession.loggedIn(port, "redaktion@musterstadt.example", "demo");
        String token = JsonPath.read(
                session.postJsonWithCsrf("/api/v1/me/tokens", "{\"name\": \"Liste\"}")
                        .body(),
                "$.token");
        HttpResponse<String> list = session.getJson("/api/v1/me/tokens");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("Liste").doesNotContain(token);
    }

    private String newToken(String email, String json) {
        HttpResponse<String> created =
                HttpSession.loggedIn(port, email, "demo").postJsonWithCsrf("/api/v1/me/tokens", json);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return JsonPath.read(created.body(), "$.token");
    }
}
