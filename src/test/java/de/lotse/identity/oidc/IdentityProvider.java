package de.lotse.identity.oidc;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A real OpenID Connect provider for the tests (mock-oauth2-server, started once for all of them),
 * and a browser without JavaScript that logs in through it.
 */
final class IdentityProvider {

    static final String ISSUER = "kommunen";
    static final String CLIENT_ID = "lotse";

    private static final MockOAuth2Server SERVER = start();

    private IdentityProvider() {}

    private static MockOAuth2Server start() {
        MockOAuth2Server server = new MockOAuth2Server();
        server.start();
        return server;
    }

    /** Points Lotse's OIDC login at the provider. */
    static void register(DynamicPropertyRegistry registry, boolean autoProvisioning) {
        registry.add("lotse.oidc.issuer-uri", () -> SERVER.issuerUrl(ISSUER).toString());
        registry.add("lotse.oidc.client-id", () -> CLIENT_ID);
        registry.add("lotse.oidc.client-secret", () -> "geheim");
        registry.add("lotse.oidc.groups-claim", () -> "roles");
        registry.add("lotse.oidc.auto-provisioning", () -> autoProvisioning);
        registry.add("lotse.oidc.role-mappings[0].group", () -> "lotse-musterstadt-redaktion");
        registry.add("lotse.oidc.role-mappings[0].municipality", () -> "musterstadt");
        registry.add("lotse.oidc.role-mappings[0].role", () -> "EDITOR");
        registry.add("lotse.oidc.role-mappings[1].group", () -> "lotse-musterstadt-lesen");
        registry.add("lotse.oidc.role-mappings[1].municipality", () -> "musterstadt");
        registry.add("lotse.oidc.role-mappings[1].role", () -> "VIEWER");
        registry.add("lotse.oidc.role-mappings[2].group", () -> "lotse-beispielhausen-admin");
        registry.add("lotse.oidc.role-mappings[2].municipality", () -> "beispielhausen");
        registry.add("lotse.oidc.role-mappings[2].role", () -> "ADMIN");
    }

    /**
     * The next login at the provider vouches for a person with these claims and, unless they say
     * otherwise, a verified e-mail address.
     */
    static void nextLoginAs(String subject, Map<String, Object> claims) {
        Map<String, Object> verified = new HashMap<>(claims);
        verified.putIfAbsent("email_verified", true);
        nextLoginWithExactly(subject, verified);
    }

    /** The next login at the provider vouches for a person with exactly these claims. */
    static void nextLoginWithExactly(String subject, Map<String, Object> claims) {
        SERVER.enqueueCallback(
                new DefaultOAuth2TokenCallback(ISSUER, subject, "JWT", List.of(CLIENT_ID), claims, 3600));
    }

    /** A browser without JavaScript: keeps cookies, follows no redirects by itself. */
    static final class Browser {

        private final CookieManager cookies = new CookieManager();
        private final HttpClient client = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        private final String app;

        Browser(int port) {
            this.app = "http://localhost:" + port;
        }

        HttpResponse<String> get(String pathOrUrl) {
            return get(pathOrUrl, "text/html");
        }

        HttpResponse<String> getJson(String path) {
            return get(path, "application/json");
        }

        private HttpResponse<String> get(String pathOrUrl, String accept) {
            URI uri = URI.create(pathOrUrl.startsWith("http") ? pathOrUrl : app + pathOrUrl);
            try {
                return client.send(
                        HttpRequest.newBuilder(uri)
                                .header("Accept", accept)
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                throw new IllegalStateException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        /**
         * Clicks "Mit Single Sign-on anmelden" and follows the redirects through the provider back
         * to Lotse; answers Lotse's last answer (a redirect to where the login led).
         */
        HttpResponse<String> logInWithSingleSignOn() {
            HttpResponse<String> toProvider = get("/oauth2/authorization/oidc");
            require(toProvider, SERVER.authorizationEndpointUrl(ISSUER).toString());
            HttpResponse<String> backToLotse = get(location(toProvider));
            require(backToLotse, app + "/login/oauth2/code/oidc");
            return get(location(backToLotse));
        }

        String sessionId() {
            return cookies.getCookieStore().getCookies().stream()
                    .filter(cookie -> cookie.getName().equals("JSESSIONID"))
                    .map(java.net.HttpCookie::getValue)
                    .findFirst()
                    .orElse(null);
        }

        static String location(HttpResponse<?> response) {
            return response.headers()
                    .firstValue("Location")
                    .orElseThrow(
                            () -> new AssertionError("no redirect: " + response.statusCode() + " " + response.body()));
        }

        private static void require(HttpResponse<String> response, String prefix) {
            if (response.statusCode() != 302 || !location(response).startsWith(prefix)) {
                throw new AssertionError("expected a redirect to " + prefix + ", got " + response.statusCode() + " "
                        + response.headers().map());
            }
        }
    }
}
