package de.lotse;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A user journey in Debian's Chromium (headless, no browser download) against the running
 * application. Every page the journey visits must be checked with {@link #assertAccessible()}
 * (axe-core, WCAG 2.1 A and AA); a page left unchecked fails the test. A failing test leaves a
 * screenshot under {@code target/browser-failures/}.
 */
@LotseIntegrationTest
@ExtendWith(ScreenshotOnFailure.class)
public abstract class BrowserTest {

    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    private int port;

    private BrowserContext context;
    protected Page page;

    private String uncheckedPage;
    private final List<String> pagesLeftUnchecked = new ArrayList<>();

    @BeforeAll
    static void launchBrowser() {
        playwright = Playwright.create();
        browser = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(Path.of(System.getProperty("lotse.chromium", "/usr/bin/chromium")))
                        .setHeadless(true)
                        .setArgs(List.of(
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-dev-shm-usage",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--disable-sync",
                                "--no-first-run",
                                "--disable-quic",
                                "--disable-default-apps",
                                "--disable-extensions")));
    }

    @AfterAll
    static void closeBrowser() {
        browser.close();
        playwright.close();
    }

    @BeforeEach
    void openPage() {
        context = browser.newContext(new Browser.NewContextOptions()
                .setBaseURL("http://localhost:" + port)
                .setLocale("de-DE"));
        page = context.newPage();
        page.onFrameNavigated(frame -> {
            if (frame == page.mainFrame()) {
                if (uncheckedPage != null) {
                    pagesLeftUnchecked.add(uncheckedPage);
                }
                uncheckedPage = frame.url();
            }
        });
    }

    @AfterEach
    void everyVisitedPageWasCheckedForAccessibility() {
        context.close();
        if (uncheckedPage != null) {
            pagesLeftUnchecked.add(uncheckedPage);
        }
        assertThat(pagesLeftUnchecked)
                .as("pages visited without an accessibility check")
                .isEmpty();
    }

    /** Checks the current page with axe-core: no violation of WCAG 2.1 A/AA is allowed. */
    protected void assertAccessible() {
        page.waitForLoadState();
        long start = System.nanoTime();
        AxeResults results = new AxeBuilder(page).withTags(WCAG_21_AA).analyze();
        System.out.printf(
                "%tT.%<tL axe-core checked %s in %d ms%n",
                new java.util.Date(), page.url(), (System.nanoTime() - start) / 1_000_000);
        assertThat(results.getViolations())
                .as(() -> "accessibility violations on " + page.url() + ":\n"
                        + results.getViolations().stream()
                                .map(rule -> rule.getId() + " (" + rule.getHelp() + "): "
                                        + rule.getNodes().stream()
                                                .map(node -> String.valueOf(node.getTarget()))
                                                .collect(Collectors.joining(", ")))
                                .collect(Collectors.joining("\n")))
                .isEmpty();
        uncheckedPage = null;
    }

    /** Logs in through the login form. */
    protected void logIn(String email, String password) {
        page.navigate("/login");
        assertAccessible();
        page.getByLabel("E-Mail-Adresse").fill(email);
        page.getByLabel("Passwort").fill(password);
        page.getByRole(
                        com.microsoft.playwright.options.AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Anmelden"))
                .click();
    }

    Page page() {
        return page;
    }
}
