package de.lotse.tenancy.internal;

import de.lotse.tenancy.CurrentTenant;
import de.lotse.tenancy.MunicipalityId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Sets a pooled connection's database role and municipality each time it is handed out. The
 * application's connections act as the restricted role with the current municipality in
 * {@code lotse.tenant}, on which PostgreSQL's row-level security filters every tenant table; a
 * connection without a municipality sees no tenant rows. Schema migrations get the owner's
 * connections.
 */
class BoundDataSource extends DelegatingDataSource {

    static final String TENANT_SETTING = "lotse.tenant";

    /**
     * Also plans every statement for its own parameters: with generic plans (PostgreSQL's choice after
     * five executions of a prepared statement) a filtered list of one municipality took seconds
     * instead of milliseconds, because the plan no longer knew the municipality and the filters.
     */
    private static final String BIND = "select set_config('role', ?, false), set_config('" + TENANT_SETTING
            + "', ?, false), set_config('plan_cache_mode', 'force_custom_plan', false)";

    private final String role;
    private final boolean tenantBound;

    private BoundDataSource(DataSource pool, String role, boolean tenantBound) {
        super(pool);
        this.role = role;
        this.tenantBound = tenantBound;
    }

    /** Connections for the application: restricted role, current municipality. */
    static BoundDataSource forApplication(DataSource pool, String applicationRole) {
        return new BoundDataSource(pool, applicationRole, true);
    }

    /** Connections for schema migrations: the login role itself, no municipality. */
    static BoundDataSource forOwner(DataSource pool) {
        return new BoundDataSource(pool, "none", false);
    }

    @Override
    public Connection getConnection() throws SQLException {
        return bind(super.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return bind(super.getConnection(username, password));
    }

    private Connection bind(Connection connection) throws SQLException {
        String tenant = tenantBound
                ? CurrentTenant.get()
                        .map(MunicipalityId::value)
                        .map(Object::toString)
                        .orElse("")
                : "";
        try (PreparedStatement statement = connection.prepareStatement(BIND)) {
            statement.setString(1, role);
            statement.setString(2, tenant);
            statement.execute();
            return connection;
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
    }
}
