package de.lotse;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Talks HTTP to the running application like a browser without JavaScript: with cookies, and
 * through the real servlet container (error pages included, which MockMvc does not render).
 */
public final class HttpSession {

    private static final Pattern CSRF_META = Pattern.compile("name=\"csrf-token\" content=\"([^\"]+)\"");
    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final HttpClient client;
    private final CookieManager cookies = new CookieManager();
    private final String baseUrl;

    private HttpSession(String baseUrl) {
        this.baseUrl = baseUrl;
        this.client = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** A visitor who has not logged in. */
    public static HttpSession anonymous(int port) {
        return new HttpSession("http://localhost:" + port);
    }

    /** A person logged in through the login form. */
    public static HttpSession loggedIn(int port, String email, String password) {
        HttpSession session = anonymous(port);
        HttpResponse<String> response = session.logIn(email, password);
        if (!"/"
                .equals(URI.create(response.headers().firstValue("Location").orElse(""))
                        .getPath())) {
            throw new IllegalStateException(
                    "login of " + email + " failed: " + response.headers().map());
        }
        return session;
    }

    /** Sends the login form (with the CSRF token of a freshly loaded login page) and answers its response. */
    public HttpResponse<String> logIn(String email, String password) {
        String form =
                "username=" + encode(email) + "&password=" + encode(password) + "&_csrf=" + encode(csrfToken("/login"));
        return post("/login", form);
    }

    /** The value of a cookie this session holds, if it holds it. */
    public Optional<String> cookie(String name) {
        return cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals(name))
                .map(HttpCookie::getValue)
                .findFirst();
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Accept", "text/html")
                .GET()
                .build());
    }

    /** A GET as an API client sends it. */
    /** Sends JSON like the session's own pages would: with the CSRF token of the start page. */
    public HttpResponse<String> postJsonWithCsrf(String path, String json) {
        Matcher matcher = CSRF_META.matcher(get("/").body());
        if (!matcher.find()) {
            throw new IllegalStateException("no CSRF token on the start page");
        }
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Accept", "application/json")
                .header("Content-Type", "application/json")
                .header("X-CSRF-TOKEN", matcher.group(1))
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build());
    }

    /** A request of another system with a personal API token, without cookies or CSRF token. */
    public static HttpResponse<String> withToken(int port, String method, String path, String token, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "application/json")
                .header("Authorization", "Bearer " + token);
        if (json == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json));
        }
        return anonymous(port).send(request.build());
    }

    public HttpResponse<String> getJson(String path) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Accept", "application/json")
                .GET()
                .build());
    }

    public HttpResponse<String> post(String path, String formBody) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(formBody))
                .build());
    }

    /** Sends a form like the page at {@code pagePath} would: with the CSRF token of that page. */
    public HttpResponse<String> submit(String pagePath, String path, String formBody) {
        return post(path, formBody + "&_csrf=" + encode(csrfToken(pagePath)));
    }

    /** The CSRF token of the form on a page, for a form sent later. */
    public String csrfToken(String pagePath) {
        Matcher matcher = CSRF_FIELD.matcher(get(pagePath).body());
        if (!matcher.find()) {
            throw new IllegalStateException("no CSRF token on " + pagePath);
        }
        return matcher.group(1);
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
