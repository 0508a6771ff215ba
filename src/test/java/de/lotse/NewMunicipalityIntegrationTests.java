package de.lotse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.lotse.identity.Membership;
import de.lotse.identity.Role;
import de.lotse.identity.UserAccount;
import de.lotse.identity.UserAccountMother;
import de.lotse.identity.UserAccountRepository;
import de.lotse.portfolio.Topics;
import de.lotse.servicecatalog.ServiceProgress;
import de.lotse.servicecatalog.ServiceStatusFilter;
import de.lotse.servicecatalog.ServiceStatuses;
import de.lotse.tenancy.CurrentTenant;
import de.lotse.tenancy.Municipality;
import de.lotse.tenancy.MunicipalityId;
import de.lotse.tenancy.MunicipalityRepository;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A municipality has its service list and its topics as soon as it is created, and reading them
 * writes nothing: the reads work inside read-only transactions, which refuse every write.
 */
@LotseIntegrationTest
class NewMunicipalityIntegrationTests {

    @Autowired
    MunicipalityRepository municipalities;

    @Autowired
    UserAccountRepository accounts;

    @Autowired
    UserDetailsService users;

    @Autowired
    ServiceStatuses statuses;

    @Autowired
    ServiceProgress progress;

    @Autowired
    Topics topics;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    MockMvc mvc;

    @Test
    void aNewMunicipalityHasItsServiceRowsAndTopicsRightAfterCreation() {
        MunicipalityId created = create();

        TransactionTemplate readOnly = new TransactionTemplate(transactionManager);
        readOnly.setReadOnly(true);
        CurrentTenant.callAs(
                created,
                () -> readOnly.execute(status -> {
                    long keyedServices = jdbc.sql("select count(*) from catalogue_leika_service"
                                    + " where leika_key is not null and withdrawn_in is null")
                            .query(Long.class)
                            .single();
                    long rows = jdbc.sql("select count(*) from service_status")
                            .query(Long.class)
                            .single();
                    assertThat(rows).isPositive().isEqualTo(keyedServices);
                    var all = new ServiceStatusFilter(null, null, null, null, null, null, null, true);
                    assertThat(statuses.list(all, PageRequest.of(0, 10)).getTotalElements())
                            .isEqualTo(keyedServices);
                    String key = statuses.list(all, PageRequest.of(0, 1))
                            .getContent()
                            .get(0)
                            .leikaKey();
                    assertThat(statuses.get(key).leikaKey()).isEqualTo(key);
                    assertThat(progress.byTopic()).isNotEmpty();
                    assertThat(topics.all()).hasSize(12);
                    return null;
                }));
    }

    @Test
    void thePagesAndTheApiOfANewMunicipalityReadWithoutWriting() throws Exception {
        MunicipalityId created = create();
        UserAccount admin = new UserAccount(UserAccountMother.unusedEmail(), "Neue Verwaltung", null);
        admin.grant(new Membership(created, Role.ADMIN));
        accounts.save(admin);
        var person = user(users.loadUserByUsername(admin.email()));
        long before = rowsOf(created);

        mvc.perform(get("/services").with(person)).andExpect(status().isOk());
        mvc.perform(get("/projects/topics").with(person)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/service-status").with(person).accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items").isNotEmpty());

        assertThat(rowsOf(created)).isEqualTo(before);
    }

    /** The municipality's service rows, topics and audit revisions together. */
    private long rowsOf(MunicipalityId municipality) {
        return CurrentTenant.callAs(
                municipality, () -> new TransactionTemplate(transactionManager).execute(status -> jdbc.sql(
                                "select (select count(*) from service_status) + (select count(*) from topic)"
                                        + " + (select count(*) from service_status_sync) + (select count(*) from audit_revision)")
                        .query(Long.class)
                        .single()));
    }

    private MunicipalityId create() {
        String slug = "neu-" + UUID.randomUUID();
        Municipality municipality = new TransactionTemplate(transactionManager)
                .execute(status -> municipalities.save(new Municipality("Neustadt " + slug, "00000330", slug)));
        return municipality.id();
    }
}
