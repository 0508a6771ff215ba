package de.lotse.demo;

import static org.assertj.core.api.Assertions.assertThat;

import de.lotse.LotseIntegrationTest;
import de.lotse.identity.Role;
import de.lotse.identity.UserAccountRepository;
import de.lotse.tenancy.MunicipalityRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@LotseIntegrationTest
class DemoMunicipalityIntegrationTests {

    @Autowired
    DemoMunicipality demo;

    @Autowired
    MunicipalityRepository municipalities;

    @Autowired
    UserAccountRepository accounts;

    @Test
    void musterstadtHasADemoUserForEveryRole() {
        var musterstadt = municipalities.findBySlug("musterstadt").orElseThrow();
        assertThat(DemoMunicipality.USERS.keySet()).allSatisfy(email -> {
            var account = accounts.findByEmail(email).orElseThrow();
            assertThat(account.memberships()).singleElement().satisfies(membership -> {
                assertThat(membership.municipality()).isEqualTo(musterstadt.id());
                assertThat(membership.role())
                        .isEqualTo(DemoMunicipality.USERS.get(email).getValue());
            });
        });
        assertThat(DemoMunicipality.USERS.values())
                .extracting(java.util.Map.Entry::getValue)
                .containsExactlyInAnyOrder(Role.ADMIN, Role.EDITOR, Role.PILOT, Role.VIEWER);
        var operator = accounts.findByEmail(DemoMunicipality.OPERATOR).orElseThrow();
        assertThat(operator.operator()).isTrue();
        assertThat(operator.memberships()).isEmpty();
    }

    @Test
    void isCreatedOnlyOnAnEmptyDatabase() {
        long before = municipalities.count();
        assertThat(demo.createIfDatabaseIsEmpty()).isFalse();
        assertThat(municipalities.count()).isEqualTo(before);
    }
}
