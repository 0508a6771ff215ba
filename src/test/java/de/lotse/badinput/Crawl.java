package de.lotse.badinput;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Follows the links of the application's pages from the start page, breadth first, at most two pages
 * of each shape (the same address with other ids, the same query with other values) and a bounded
 * number in all.
 */
final class Crawl {

    /** A page visited: its address and answer. */
    record Visit(String path, int status, Document document) {}

    private static final List<String> NOT_FOLLOWED = List.of(
            "/logout",
            "/css/",
            "/js/",
            "/kern/",
            "/webjars/",
            "/img/",
            "/images/",
            "/favicon",
            "/swagger-ui",
            "/v3/",
            "/actuator",
            "/login");

    private Crawl() {}

    static List<Visit> from(Browser browser, String start, int limit) {
        List<Visit> visits = new ArrayList<>();
        Deque<String> queue = new ArrayDeque<>(List.of(start));
        Set<String> seen = new HashSet<>(queue);
        Map<String, Integer> byShape = new HashMap<>();
        while (!queue.isEmpty() && visits.size() < limit) {
            String path = queue.poll();
            if (byShape.merge(shape(path), 1, Integer::sum) > 2) {
                continue;
            }
            HttpResponse<String> response = browser.get(path);
            boolean html =
                    response.headers().firstValue("Content-Type").orElse("").startsWith("text/html");
            Document document = html ? Jsoup.parse(response.body(), "http://localhost" + path) : null;
            visits.add(new Visit(path, response.statusCode(), document));
            if (document == null || response.statusCode() != 200) {
                continue;
            }
            for (Element link : document.select("a[href]")) {
                String href = sameSite(link.attr("href"), path);
                if (href != null && seen.add(href)) {
                    queue.add(href);
                }
            }
        }
        return visits;
    }

    /** The address as a pattern: ids and long numbers replaced, query values left out. */
    static String shape(String pathAndQuery) {
        URI uri = URI.create(pathAndQuery.replace(" ", "%20"));
        String path = uri.getPath()
                .replaceAll("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "{id}")
                .replaceAll("/[0-9]+(?=/|$)", "/{n}");
        Set<String> names = new TreeSet<>();
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                names.add(pair.replaceAll("=.*", ""));
            }
        }
        return path + names;
    }

    private static String sameSite(String href, String from) {
        if (href.isBlank() || href.startsWith("#") || href.startsWith("mailto:") || href.startsWith("javascript:")) {
            return null;
        }
        try {
            URI resolved = URI.create("http://localhost" + from).resolve(href.replace(" ", "%20"));
            if (!"localhost".equals(resolved.getHost())) {
                return null;
            }
            String path = resolved.getRawPath() + (resolved.getRawQuery() == null ? "" : "?" + resolved.getRawQuery());
            return NOT_FOLLOWED.stream().anyMatch(path::startsWith) ? null : path;
        } catch (IllegalArgumentException notAnAddress) {
            return null;
        }
    }
}
