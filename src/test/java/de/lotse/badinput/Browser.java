package de.lotse.badinput;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser without JavaScript for the form suite: one logged-in session with cookies, through the
 * real servlet container (so error pages render as people see them), logging in again whenever a
 * submitted form ended the session.
 */
final class Browser {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final String BOUNDARY = "lotse-bad-form";

    private final String baseUrl;
    private final String email;
    private final String password;
    private HttpClient client;
    private String csrf;
    private int logins;

    Browser(int port, String email, String password) {
        this.baseUrl = "http://localhost:" + port;
        this.email = email;
        this.password = password;
        logIn();
    }

    int logins() {
        return logins;
    }

    HttpResponse<String> get(String pathAndQuery) {
        HttpResponse<String> response =
                send(HttpRequest.newBuilder(uri(pathAndQuery)).GET(), "text/html");
        if (sentToLogin(response)) {
            logIn();
            response = send(HttpRequest.newBuilder(uri(pathAndQuery)).GET(), "text/html");
        }
        return response;
    }

    /** Posts the fields (a name may repeat) as the form's encoding says, with the session's CSRF token. */
    HttpResponse<String> submit(String action, List<Map.Entry<String, String>> fields, boolean multipart) {
        HttpResponse<String> response = post(action, fields, multipart);
        if (sentToLogin(response)) {
            logIn();
            response = post(action, fields, multipart);
        }
        return response;
    }

    private HttpResponse<String> post(String action, List<Map.Entry<String, String>> fields, boolean multipart) {
        String csrf = csrf();
        StringBuilder body = new StringBuilder();
        if (multipart) {
            for (Map.Entry<String, String> field : fields) {
                part(body, field.getKey(), field.getValue());
            }
            part(body, "_csrf", csrf);
            body.append("--").append(BOUNDARY).append("--\r\n");
        } else {
            for (Map.Entry<String, String> field : fields) {
                body.append(encode(field.getKey()))
                        .append('=')
                        .append(encode(field.getValue()))
                        .append('&');
            }
            body.append("_csrf=").append(encode(csrf));
        }
        return send(
                HttpRequest.newBuilder(uri(action))
                        .header(
                                "Content-Type",
                                multipart
                                        ? "multipart/form-data; boundary=" + BOUNDARY
                                        : "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body.toString())),
                "text/html");
    }

    private static void part(StringBuilder body, String name, String value) {
        body.append("--").append(BOUNDARY).append("\r\n");
        if (name.equals("file")) {
            body.append("Content-Disposition: form-data; name=\"file\"; filename=\"probe.xlsx\"\r\n")
                    .append("Content-Type: application/octet-stream\r\n\r\n");
        } else {
            body.append("Content-Disposition: form-data; name=\"").append(name).append("\"\r\n\r\n");
        }
        body.append(value).append("\r\n");
    }

    private String csrf() {
        // the session's token stays valid however often a page renders it masked anew
        if (csrf != null) {
            return csrf;
        }
        Matcher matcher = CSRF_FIELD.matcher(get("/account").body());
        if (!matcher.find()) {
            throw new IllegalStateException("no CSRF token on the account page");
        }
        csrf = matcher.group(1);
        return csrf;
    }

    private void logIn() {
        csrf = null;
        client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        HttpResponse<String> page = send(HttpRequest.newBuilder(uri("/login")).GET(), "text/html");
        Matcher matcher = CSRF_FIELD.matcher(page.body());
        if (!matcher.find()) {
            throw new IllegalStateException("no CSRF token on the login page");
        }
        HttpResponse<String> login = send(
                HttpRequest.newBuilder(uri("/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("username=" + encode(email) + "&password="
                                + encode(password) + "&_csrf=" + encode(matcher.group(1)))),
                "text/html");
        if (!login.headers().firstValue("Location").orElse("").endsWith("/")) {
            throw new IllegalStateException(
                    "login of " + email + " failed: " + login.headers().map());
        }
        logins++;
    }

    private static boolean sentToLogin(HttpResponse<String> response) {
        return response.statusCode() == 302
                && URI.create(response.headers().firstValue("Location").orElse("/"))
                        .getPath()
                        .equals("/login");
    }

    private URI uri(String pathAndQuery) {
        return URI.create(baseUrl + pathAndQuery);
    }

    private HttpResponse<String> send(HttpRequest.Builder request, String accept) {
        try {
            return client.send(
                    request.header("Accept", accept)
                            .timeout(Duration.ofSeconds(60))
                            .build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
