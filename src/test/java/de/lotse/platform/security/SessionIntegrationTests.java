package de.lotse.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import de.lotse.HttpSession;
import de.lotse.LotseIntegrationTest;
import de.lotse.TestClock;
import de.lotse.identity.UserAccountMother;
import de.lotse.identity.UserAccountRepository;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;

/**
 * A login gets a new session id, and a session ends after the idle timeout or, however active,
 * after the absolute timeout. Through the real servlet container, with accounts of the tests' own.
 */
@LotseIntegrationTest
class SessionIntegrationTests {

    private static final String PASSWORD = "richtig-und-lang";

    @LocalServerPort
    int port;

    @Autowired
    UserAccountMother people;

    @Autowired
    TestClock clock;

    @Autowired
    SessionProperties settings;

    @Autowired
    Environment environment;

    @Autowired
    UserAccountRepository accounts;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theLoginGivesANewSessionIdAndTheOldOneIsWorthNothing() throws Exception {
        String email = people.editor(PASSWORD).email();
        HttpSession browser = HttpSession.anonymous(port);
        browser.get("/login");
        String before = browser.cookie("JSESSIONID").orElseThrow();

        HttpResponse<String> login = browser.logIn(email, PASSWORD);

        assertThat(URI.create(login.headers().firstValue("Location").orElseThrow())
                        .getPath())
                .isEqualTo("/");
        String after = browser.cookie("JSESSIONID").orElseThrow();
        assertThat(after).isNotEqualTo(before);
        assertThat(browser.get("/").statusCode()).isEqualTo(200);
        assertThat(withSessionCookie(before, "/").statusCode()).isEqualTo(302);
        assertThat(withSessionCookie(after, "/").statusCode()).isEqualTo(200);
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLax() {
        HttpResponse<String> page = HttpSession.anonymous(port).get("/login");

        assertThat(page.headers().allValues("Set-Cookie"))
                .filteredOn(cookie -> cookie.startsWith("JSESSIONID="))
                .singleElement()
                .satisfies(cookie -> assertThat(cookie).contains("HttpOnly").contains("SameSite=Lax"));
    }

    @Test
    void theIdleTimeoutIsThirtyMinutesAndTheAbsoluteTimeoutTenHours() {
        assertThat(Binder.get(environment)
                        .bind("server.servlet.session.timeout", Duration.class)
                        .get())
                .isEqualTo(Duration.ofMinutes(30));
        assertThat(settings.absoluteTimeout()).isEqualTo(Duration.ofHours(10));
    }

    @Test
    void theAbsoluteTimeoutLogsOutHoweverActiveThePersonIs() {
        HttpSession browser = HttpSession.loggedIn(port, people.editor(PASSWORD).email(), PASSWORD);

        clock.advance(settings.absoluteTimeout().minusMinutes(1));
        assertThat(browser.get("/").statusCode()).isEqualTo(200);

        clock.advance(Duration.ofMinutes(2));
        HttpResponse<String> expired = browser.get("/");
        assertThat(expired.statusCode()).isEqualTo(302);
        URI location = URI.create(expired.headers().firstValue("Location").orElseThrow());
        assertThat(location.getPath()).isEqualTo("/login");
        assertThat(location.getQuery()).isEqualTo("expired");
        assertThat(browser.get("/login?expired").body()).contains("Ihre Sitzung ist abgelaufen");

        HttpResponse<String> afterwards = browser.get("/");
        assertThat(afterwards.statusCode()).isEqualTo(302);
        assertThat(URI.create(afterwards.headers().firstValue("Location").orElseThrow())
                        .getPath())
                .isEqualTo("/login");
    }

    @Test
    void theAbsoluteTimeoutAlsoEndsTheSessionForTheApi() {
        HttpSession browser = HttpSession.loggedIn(port, people.editor(PASSWORD).email(), PASSWORD);
        assertThat(browser.getJson("/api/v1/me").statusCode()).isEqualTo(200);

        clock.advance(settings.absoluteTimeout().plusMinutes(1));

        assertThat(browser.getJson("/api/v1/me").statusCode()).isEqualTo(401);
        assertThat(browser.get("/").statusCode()).isEqualTo(302);
    }

    private HttpResponse<String> withSessionCookie(String sessionId, String path)
            throws IOException, InterruptedException {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                .header("Accept", "text/html")
                                .header("Cookie", "JSESSIONID=" + sessionId)
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }
}
