package de.lotse.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import de.lotse.HttpSession;
import de.lotse.LotseIntegrationTest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The error pages as the servlet container renders them, in the layout of every page. */
@LotseIntegrationTest
@Import(ErrorPagesIntegrationTests.FailingPages.class)
class ErrorPagesIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void anAddressWithoutPageAnswers404EvenWithoutLogin() {
        HttpResponse<String> response = HttpSession.anonymous(port).get("/gibt-es-nicht");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("Seite nicht gefunden", "Zur Startseite");
    }

    @Test
    void notFoundPageShowsTheMunicipalityOfTheLoggedInPerson() {
        HttpResponse<String> response =
                HttpSession.loggedIn(port, "cdo@musterstadt.example", "demo").get("/gibt-es-nicht");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("Seite nicht gefunden", "Musterstadt", "Dana Albers");
    }

    @Test
    void aChangeWithoutCsrfTokenIsRefusedWithThe403Page() {
        HttpResponse<String> response =
                HttpSession.loggedIn(port, "cdo@musterstadt.example", "demo").post("/logout", "");
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("Kein Zugriff", "Musterstadt");
    }

    @Test
    void aStaleChangeShowsTheConflictPage() {
        HttpResponse<String> response = HttpSession.loggedIn(port, "redaktion@musterstadt.example", "demo")
                .get("/test/stale");
        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(response.body()).contains("Zwischenzeitlich geändert", "Musterstadt");
    }

    @Test
    void anUnexpectedFailureShowsTheErrorPageWithoutDetails() {
        HttpResponse<String> response = HttpSession.loggedIn(port, "redaktion@musterstadt.example", "demo")
                .get("/test/broken");
        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body()).contains("Ein Fehler ist aufgetreten").doesNotContain("geheime Einzelheit");
    }

    /** Pages that fail the way real pages can. */
    @TestConfiguration
    @Controller
    static class FailingPages {

        @GetMapping("/test/stale")
        String stale() {
            throw new OptimisticLockingFailureException("someone else saved first");
        }

        @GetMapping("/test/broken")
        String broken() {
            throw new IllegalStateException("geheime Einzelheit");
        }
    }
}
