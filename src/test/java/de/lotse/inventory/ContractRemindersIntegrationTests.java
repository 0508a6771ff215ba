package de.lotse.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import de.lotse.LotseIntegrationTest;
import de.lotse.TestClock;
import de.lotse.tenancy.MunicipalityId;
import de.lotse.tenancy.TenantFixture;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** The daily reminders against a real SMTP server (GreenMail), run by the test instead of the schedule. */
@LotseIntegrationTest
class ContractRemindersIntegrationTests {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @Autowired
    ContractReminders reminders;

    @Autowired
    Applications applications;

    @Autowired
    Contracts contracts;

    @Autowired
    TenantFixture tenants;

    @Autowired
    JavaMailSender sender;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestClock clock;

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
    void aDeadlineWithinTheLeadTimeIsRemindedOnceEvenWhenTheJobRunsTwice() throws Exception {
        String soon = address("bald");
        String later = address("spaeter");
        String elsewhere = address("beispielhausen");
        LocalDate today = LocalDate.now(clock);
        Application mine = contract(tenants.musterstadt(), "Erinnerungsprobe", today.plusMonths(5), 3, null, soon);
        LocalDate deadline = NoticeDeadline.next(today.plusMonths(5), 3, false, null, today)
                .orElseThrow()
                .deadline();
        contract(tenants.musterstadt(), "Spätere Frist", today.plusMonths(4).plusDays(5), 0, null, later);
        Application theirs =
                contract(tenants.beispielhausen(), "Fremde Frist", today.plusMonths(1), 0, null, elsewhere);

        reminders.sendDue();
        reminders.sendDue();

        List<MimeMessage> toMe = to(soon);
        assertThat(toMe).singleElement().satisfies(mail -> {
            assertThat(mail.getSubject()).contains("Erinnerungsprobe", "Probe-Vertragspartner GmbH");
            String text = mail.getContent().toString();
            assertThat(text)
                    .contains("Erinnerungsprobe")
                    .contains("/applications/" + mine.id())
                    .contains(deadline.format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")));
        });
        assertThat(to(later)).isEmpty();
        assertThat(to(elsewhere)).singleElement().satisfies(mail -> {
            assertThat(mail.getAllRecipients()).hasSize(1);
            assertThat(mail.getContent().toString())
                    .contains("/applications/" + theirs.id())
                    .doesNotContain("Erinnerungsprobe");
        });
        assertThat(Arrays.stream(smtp.getReceivedMessages())
                        .filter(mail -> subject(mail).contains("Fremde Frist"))
                        .flatMap(mail -> recipients(mail).stream()))
                .containsOnly(elsewhere);
        assertThat(tenants.as(tenants.beispielhausen(), () -> jdbc.sql(
                                "select count(*) from contract_reminder where sent_to = :to")
                        .param("to", soon)
                        .query(Long.class)
                        .single()))
                .as("Musterstadt's reminder seen by Beispielhausen")
                .isZero();
    }

    @Test
    void twoRunsAtTheSameTimeSendOneMail() throws Exception {
        String both = address("gleichzeitig");
        contract(
                tenants.musterstadt(),
                "Gleichzeitige Frist",
                LocalDate.now(clock).plusDays(20),
                0,
                null,
                both);
        CyclicBarrier start = new CyclicBarrier(2);
        var first = CompletableFuture.supplyAsync(() -> await(start));
        var second = CompletableFuture.supplyAsync(() -> await(start));
        first.get();
        second.get();

        assertThat(to(both)).hasSize(1);
    }

    @Test
    void aMailThatCannotBeSentIsNotRecordedAndGoesOutOnTheNextRun() throws Exception {
        String address = address("spaeter-zugestellt");
        Application app = contract(
                tenants.musterstadt(), "Unzustellbar", LocalDate.now(clock).plusDays(30), 0, null, address);
        ((JavaMailSenderImpl) sender).setPort(configuredPort);
        reminders.sendDue();
        assertThat(recorded(app)).isZero();

        ((JavaMailSenderImpl) sender).setPort(smtp.getSmtp().getPort());
        reminders.sendDue();
        assertThat(to(address)).hasSize(1);
        assertThat(recorded(app)).isOne();
    }

    @Test
    void aLaterDeadlineAfterARenewalIsRemindedAgain() throws Exception {
        String address = address("verlaengert");
        LocalDate today = LocalDate.now(clock);
        contract(tenants.musterstadt(), "Monatsvertrag", today.plusDays(10), 0, 1, address);
        reminders.sendDue();
        assertThat(to(address)).hasSize(1);

        clock.advance(Duration.ofDays(12));
        reminders.sendDue();
        reminders.sendDue();
        assertThat(to(address)).hasSize(2);
    }

    private Boolean await(CyclicBarrier start) {
        try {
            start.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        reminders.sendDue();
        return true;
    }

    private long recorded(Application app) {
        return tenants.as(tenants.musterstadt(), () -> jdbc.sql(
                        "select count(*) from contract_reminder r join application_contract c on c.id = r.contract_id"
                                + " where c.application_id = :app")
                .param("app", app.id().value())
                .query(Long.class)
                .single());
    }

    private Application contract(
            MunicipalityId municipality, String name, LocalDate ends, int notice, Integer renewal, String notify) {
        return tenants.as(municipality, () -> {
            Application app = applications.create(ApplicationData.named(name + " " + UUID.randomUUID()));
            contracts.create(
                    app.id(),
                    new ContractData(
                            "Probe-Vertragspartner GmbH",
                            LocalDate.of(2020, 1, 1),
                            ends,
                            notice,
                            renewal != null,
                            renewal,
                            AnnualCosts.NONE,
                            null,
                            notify));
            return app;
        });
    }

    private static String address(String name) {
        return name + "-" + UUID.randomUUID() + "@lotse.example";
    }

    private static List<MimeMessage> to(String address) {
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(mail -> recipients(mail).contains(address))
                .toList();
    }

    private static List<String> recipients(MimeMessage mail) {
        try {
            return Arrays.stream(mail.getRecipients(Message.RecipientType.TO))
                    .map(Object::toString)
                    .toList();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
