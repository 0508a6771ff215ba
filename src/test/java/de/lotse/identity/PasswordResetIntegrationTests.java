package de.lotse.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import de.lotse.HttpSession;
import de.lotse.LotseIntegrationTest;
import de.lotse.TestClock;
import de.lotse.tenancy.TenantFixture;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** "Passwort vergessen" against a real SMTP server (GreenMail): the link, its single use, its limits. */
@LotseIntegrationTest
class PasswordResetIntegrationTests {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private static final String OLD_PASSWORD = "Ein altes langes Passwort 1";
    private static final String NEW_PASSWORD = "Leuchtturm am Hafenbecken 17";
    private static final Pattern LINK = Pattern.compile("(\\S+)/password/reset\\?token=([A-Za-z0-9_-]+)");

    @Autowired
    UserAccountMother people;

    @Autowired
    UserAccountRepository accounts;

    @Autowired
    PasswordResetLinks links;

    @Autowired
    JavaMailSender sender;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TenantFixture tenants;

    @LocalServerPort
    int port;

    private int configuredPort;

    @BeforeEach
    void pointTheMailSenderAtGreenMail() {
        JavaMailSenderImpl impl = (JavaMailSenderImpl) sender;
        configuredPort = impl.getPort();
        impl.setPort(smtp.getSmtp().getPort());
    }

    @AfterEach
    void restore() {
        ((JavaMailSenderImpl) sender).setPort(configuredPort);
        clock.reset();
    }

    @Test
    void theMailedLinkSetsANewPasswordOnceAndEndsTheSessions() {
        UserAccount account = people.editor(OLD_PASSWORD);
        HttpSession before = HttpSession.loggedIn(port, account.email(), OLD_PASSWORD);
        HttpSession visitor = HttpSession.anonymous(port);

        assertThat(visitor.get("/login").body()).contains("/password/forgot");
        HttpResponse<String> answer =
                visitor.submit("/password/forgot", "/password/forgot", "email=" + encode(account.email()));
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("Bitte sehen Sie in Ihr Postfach");

        MimeMessage mail = single(account.email());
        Matcher link = LINK.matcher(text(mail));
        assertThat(link.find()).isTrue();
        // built from the configured public address, not from the request
        assertThat(link.group(1)).startsWith("http://localhost:");
        String token = link.group(2);
        // only the hash is stored
        assertThat(jdbc.sql("select count(*) from password_reset_link where token_hash = :token")
                        .param("token", token)
                        .query(Long.class)
                        .single())
                .isZero();

        assertThat(visitor.get("/password/reset?token=" + token).body()).contains("newPassword");
        HttpResponse<String> weak = visitor.submit(
                "/password/reset?token=" + token,
                "/password/reset",
                "token=" + token + "&newPassword=kurz&repeatedPassword=kurz");
        assertThat(weak.statusCode()).isEqualTo(200);
        assertThat(weak.body()).contains("zu kurz");
        // the shared form flow shows the form again: the link's token kept, the layout complete
        assertThat(weak.body())
                .contains("name=\"token\" value=\"" + token + "\"")
                .contains("https://musterstadt.example/impressum");
        HttpResponse<String> done = visitor.submit(
                "/password/reset?token=" + token,
                "/password/reset",
                "token=" + token + "&newPassword=" + encode(NEW_PASSWORD) + "&repeatedPassword="
                        + encode(NEW_PASSWORD));
        assertThat(done.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login?reset"));

        HttpResponse<String> again = visitor.submit(
                "/login",
                "/password/reset",
                "token=" + token + "&newPassword=" + encode("Noch ein anderes Passwort 9") + "&repeatedPassword="
                        + encode("Noch ein anderes Passwort 9"));
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).contains("Dieser Link gilt nicht");
        assertThat(visitor.get("/password/reset?token=" + token).body())
                .contains("Dieser Link gilt nicht")
                .doesNotContain("newPassword");

        assertThat(before.get("/").headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login?expired"));
        assertThat(HttpSession.anonymous(port)
                        .logIn(account.email(), OLD_PASSWORD)
                        .headers()
                        .firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
        HttpSession.loggedIn(port, account.email(), NEW_PASSWORD);
        assertThat(tenants.as(tenants.musterstadt(), () -> jdbc.sql(
                                "select kind from security_event where account_id = :account")
                        .param("account", account.id().value())
                        .query(String.class)
                        .list()))
                .contains("PASSWORD_RESET_BY_LINK");
    }

    @Test
    void anUnknownAddressGetsTheSamePageAndNoMail() {
        String unknown = "niemand-" + UUID.randomUUID() + "@musterstadt.example";
        UserAccount known = people.editor(OLD_PASSWORD);
        HttpSession visitor = HttpSession.anonymous(port);

        String forUnknown = visitor.submit("/password/forgot", "/password/forgot", "email=" + encode(unknown))
                .body();
        String forKnown = visitor.submit("/password/forgot", "/password/forgot", "email=" + encode(known.email()))
                .body();

        assertThat(alert(forUnknown)).isEqualTo(alert(forKnown)).contains("Bitte sehen Sie in Ihr Postfach");
        assertThat(to(unknown)).isEmpty();
        assertThat(to(known.email())).hasSize(1);
    }

    @Test
    void aLinkExpiresAfterThirtyMinutesAndANewRequestVoidsTheOlderLink() throws Exception {
        UserAccount account = people.editor(OLD_PASSWORD);
        String address = "198.51.100.7";

        links.request(account.email(), address);
        String first = token(to(account.email()).get(0));
        links.request(account.email(), address);
        String second = token(to(account.email()).get(1));
        assertThat(links.works(first)).isFalse();
        assertThat(links.works(second)).isTrue();

        clock.advance(Duration.ofMinutes(31));
        assertThat(links.works(second)).isFalse();
        HttpResponse<String> expired = HttpSession.anonymous(port).get("/password/reset?token=" + second);
        assertThat(expired.statusCode()).isEqualTo(200);
        assertThat(expired.body()).contains("Dieser Link gilt nicht");
        assertThat(HttpSession.anonymous(port)
                        .get("/password/reset?token=unbekannt")
                        .body())
                .contains("Dieser Link gilt nicht");
        assertThat(accounts.findById(account.id()).orElseThrow().passwordHash()).isEqualTo(account.passwordHash());
    }

    @Test
    void requestsAreLimitedPerAddressSoThatNoMailboxIsFlooded() {
        UserAccount account = people.editor(OLD_PASSWORD);
        String address = "203.0.113.9";
        for (int i = 0; i < 10; i++) {
            links.request(account.email(), address);
        }
        // three per hour for one e-mail address, whoever asks
        assertThat(to(account.email())).hasSize(3);

        clock.advance(Duration.ofMinutes(61));
        links.request(account.email(), address);
        assertThat(to(account.email())).hasSize(4);
    }

    @Test
    void aDeactivatedAccountGetsNoLink() {
        UserAccount account = people.editor(OLD_PASSWORD);
        UserAccount stored = accounts.findById(account.id()).orElseThrow();
        stored.setEnabled(false);
        accounts.save(stored);

        links.request(account.email(), "192.0.2.1");

        assertThat(to(account.email())).isEmpty();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String alert(String page) {
        int start = page.indexOf("id=\"reset-requested\"");
        return page.substring(start, page.indexOf("</p>", start));
    }

    private static String token(MimeMessage mail) {
        Matcher link = LINK.matcher(text(mail));
        assertThat(link.find()).isTrue();
        return link.group(2);
    }

    private static MimeMessage single(String address) {
        List<MimeMessage> mails = to(address);
        assertThat(mails).hasSize(1);
        return mails.get(0);
    }

    private static String text(MimeMessage mail) {
        try {
            return mail.getContent().toString();
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<MimeMessage> to(String address) {
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(mail -> {
                    try {
                        return Arrays.stream(mail.getRecipients(Message.RecipientType.TO))
                                .anyMatch(recipient -> recipient.toString().equals(address));
                    } catch (MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }
}
