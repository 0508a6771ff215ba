package de.lotse.badinput;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Sends the suite's requests with one municipality's API token through one shared HTTP client. */
final class ApiClient {

    private final HttpClient client = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private final String baseUrl;
    private final String token;
    private final Map<String, String> eTags = new HashMap<>();

    ApiClient(int port, String token) {
        this.baseUrl = "http://localhost:" + port;
        this.token = token;
    }

    HttpResponse<String> get(String pathAndQuery) {
        return send("GET", pathAndQuery, "application/json", null, null, null);
    }

    /** Sends a probe; a change that succeeded makes the next probe read the record's ETag again. */
    HttpResponse<String> send(ApiProbe probe, String accept) {
        String ifMatch = null;
        if (!probe.method().equals("GET") && !probe.method().equals("POST")) {
            ifMatch = probe.eTagOf() == null ? "\"0\"" : eTag(probe.eTagOf()).orElse("\"0\"");
        }
        HttpResponse<String> response =
                send(probe.method(), probe.pathAndQuery(), accept, probe.contentType(), probe.body(), ifMatch);
        if (response.statusCode() < 300 && probe.eTagOf() != null) {
            eTags.remove(probe.eTagOf());
        }
        return response;
    }

    private Optional<String> eTag(String path) {
        return Optional.ofNullable(eTags.computeIfAbsent(
                path, key -> get(key).headers().firstValue("ETag").orElse(null)));
    }

    private HttpResponse<String> send(
            String method, String pathAndQuery, String accept, String type, byte[] body, String ifMatch) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + pathAndQuery))
                .timeout(Duration.ofSeconds(60))
                .header("Accept", accept)
                .header("Authorization", "Bearer " + token);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", type).method(method, HttpRequest.BodyPublishers.ofByteArray(body));
        }
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + pathAndQuery, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
