package de.lotse;

import static org.assertj.core.api.Assertions.assertThat;

import de.lotse.tenancy.TenantFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@LotseIntegrationTest
class SqlStatementsIntegrationTests {

    @Autowired
    TenantFixture tenants;

    @Autowired
    JdbcClient jdbc;

    @Test
    void countsTheStatementsOfTheWorkOnThisThreadOnly() throws Exception {
        var musterstadt = tenants.musterstadt();
        var counted = SqlStatements.during(() -> tenants.as(musterstadt, () -> {
            jdbc.sql("select count(*) from department").query(Long.class).single();
            jdbc.sql("select count(*) from municipality").query(Long.class).single();
            return "done";
        }));

        assertThat(counted.result()).isEqualTo("done");
        assertThat(counted.statements())
                .contains("select count(*) from department", "select count(*) from municipality");
        // the two queries and the binding of the connection to the municipality
        assertThat(counted.count()).as("%s", counted.statements()).isEqualTo(3);

        var outside = SqlStatements.during(() -> "nothing");
        assertThat(outside.count()).isZero();
    }
}
