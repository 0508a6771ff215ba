package de.lotse.badinput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import de.lotse.LotseIntegrationTest;
import de.lotse.demo.ProbeMunicipality;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every page an administrator reaches by following links, fetched with bad query parameters, and
 * every form on them, sent with every field set to the classic bad values (with a valid CSRF token):
 * no answer is a server error. Works in a municipality of its own; the administrator's own account and
 * session are left alone, so that the crawl keeps its login.
 */
@LotseIntegrationTest
class BadInputFormIntegrationTests {

    /** How many pages the crawl visits at most. */
    private static final int PAGES = 150;

    /** Forms that would end the crawl's own session or lock out its account, by address. */
    private static final List<String> LEFT_ALONE =
            List.of("/logout", "/account/password", "/account/sessions/end", "/account/tokens/");

    private static final AtomicInteger REQUESTS = new AtomicInteger();
    private static final Set<String> FORMS = new TreeSet<>();
    private static final AtomicInteger PAGES_VISITED = new AtomicInteger();

    @Autowired
    ProbeMunicipality probe;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    /** Round robin over the value classes, so that sampling is the same in every run and reaches each class. */
    private int turn;

    @TestFactory
    Stream<DynamicNode> everyPageAndFormAnswersBadInputWithoutAServerError() {
        probe.id();
        Browser browser = new Browser(port, ProbeMunicipality.ADMIN, ProbeMunicipality.PASSWORD);
        String ownAccount = jdbc.sql("select id::text from user_account where email = :email")
                .param("email", ProbeMunicipality.ADMIN)
                .query(String.class)
                .single();
        List<Crawl.Visit> visits = Crawl.from(browser, "/", PAGES);
        PAGES_VISITED.set(visits.size());
        Map<String, HtmlForm> forms = new LinkedHashMap<>();
        for (Crawl.Visit visit : visits) {
            if (visit.document() != null) {
                for (Element form : visit.document().select("form")) {
                    HtmlForm found = HtmlForm.of(visit.path(), form);
                    if (LEFT_ALONE.stream().noneMatch(found.action()::startsWith)
                            && !found.action().contains(ownAccount)) {
                        forms.putIfAbsent(found.shape(), found);
                    }
                }
            }
        }
        // deleting forms last, so that the others still find their records
        List<HtmlForm> ordered = forms.values().stream()
                .sorted(Comparator.comparing(form -> form.action().contains("delete")))
                .toList();
        Stream<DynamicNode> pages = Stream.of(dynamicContainer(
                "pages",
                visits.stream().map(visit -> dynamicTest(visit.path(), () -> pageWithBadQueries(browser, visit)))));
        Stream<DynamicNode> submitted = ordered.stream()
                .map(form -> dynamicContainer(
                        form.method().toUpperCase() + " " + form.action() + " (on " + form.page() + ")",
                        submissions(browser, form)));
        return Stream.concat(pages, submitted);
    }

    private void pageWithBadQueries(Browser browser, Crawl.Visit visit) {
        assertThat(visit.status()).as("GET " + visit.path()).isLessThan(500);
        REQUESTS.incrementAndGet();
        URI uri = URI.create(visit.path());
        Set<String> names = new TreeSet<>(List.of("q", "page", "size"));
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                names.add(pair.replaceAll("=.*", ""));
            }
        }
        for (String name : names) {
            BadValue value = next();
            String path = uri.getRawPath() + "?" + name + "=" + Browser.encode(value.text());
            HttpResponse<String> response = browser.get(path);
            REQUESTS.incrementAndGet();
            verdict(name + "=" + value, "GET " + uri.getRawPath() + "?" + name + "=" + value, response);
        }
    }

    private Stream<DynamicNode> submissions(Browser browser, HtmlForm form) {
        List<DynamicNode> tests = new ArrayList<>();
        for (BadValue value : BadValue.values()) {
            tests.add(
                    dynamicTest("every field=" + value, () -> send(browser, form, form.with(-1, value.text()), value)));
        }
        for (int i = 0; i < form.fields().size(); i++) {
            if (form.types().get(i).equals("button")) {
                continue;
            }
            int index = i;
            List<BadValue> candidates = candidatesFor(form.types().get(i));
            BadValue value = candidates.get(Math.floorMod(turn++, candidates.size()));
            tests.add(dynamicTest(
                    form.fields().get(i).getKey() + "=" + value,
                    () -> send(browser, form, form.with(index, value.text()), value)));
        }
        return tests.stream();
    }

    private void send(Browser browser, HtmlForm form, List<Map.Entry<String, String>> fields, BadValue value) {
        HttpResponse<String> response;
        if (form.method().equals("post")) {
            response = browser.submit(form.action(), fields, form.multipart());
        } else {
            StringBuilder query = new StringBuilder();
            for (Map.Entry<String, String> field : fields) {
                query.append(query.isEmpty() ? "?" : "&")
                        .append(Browser.encode(field.getKey()))
                        .append('=')
                        .append(Browser.encode(field.getValue()));
            }
            response =
                    browser.get(URI.create("http://localhost" + form.action()).getRawPath() + query);
        }
        REQUESTS.incrementAndGet();
        synchronized (FORMS) {
            FORMS.add(form.shape());
        }
        verdict(
                "field=" + value,
                form.method() + " " + form.action() + " with " + value + " (" + form.page() + ")",
                response);
    }

    private static void verdict(String label, String what, HttpResponse<String> response) {
        assertThat(response.statusCode()).as(what).isLessThan(500);
    }

    private static List<BadValue> candidatesFor(String type) {
        return switch (type) {
            case "date", "datetime-local", "month" -> BadValue.forType("string", "date", false);
            case "number", "range" -> BadValue.forType("integer", null, false);
            case "select", "radio", "checkbox" -> BadValue.forType("string", null, true);
            case "hidden" -> List.of(BadValue.values());
            default -> BadValue.forType("string", null, false);
        };
    }

    private BadValue next() {
        BadValue[] values = BadValue.values();
        return values[Math.floorMod(turn++, values.length)];
    }

    @AfterAll
    static void count() {
        System.out.printf(
                "Bad-input suite (forms): %d pages crawled, %d forms, %d requests%n",
                PAGES_VISITED.get(), FORMS.size(), REQUESTS.get());
    }
}
