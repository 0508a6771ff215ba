package de.lotse;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.PriorityOrdered;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Counts the SQL statements the current thread prepares, so a test can assert that a page or an API
 * call runs a bounded number of them (no N+1), whatever the amount of data. Integration tests get it
 * through {@link LotseIntegrationTest}; the count covers Hibernate, {@code JdbcClient} and the
 * statement that binds a connection to its municipality.
 */
public final class SqlStatements {

    private static final Set<String> PREPARING = Set.of("prepareStatement", "prepareCall", "createStatement");

    private static final ThreadLocal<List<String>> RECORDED = new ThreadLocal<>();

    private SqlStatements() {}

    /** What the work did, and the statements it prepared on this thread, in order. */
    public record Counted<T>(T result, List<String> statements) {

        public int count() {
            return statements.size();
        }
    }

    /** Runs the work and records the statements it prepares on this thread. */
    public static <T> Counted<T> during(Callable<T> work) throws Exception {
        List<String> previous = RECORDED.get();
        List<String> statements = new ArrayList<>();
        RECORDED.set(statements);
        try {
            T result = work.call();
            return new Counted<>(result, List.copyOf(statements));
        } finally {
            RECORDED.set(previous);
        }
    }

    private static void record(Method method, Object[] args) {
        List<String> statements = RECORDED.get();
        if (statements != null && PREPARING.contains(method.getName())) {
            statements.add(args != null && args.length > 0 && args[0] instanceof String sql ? sql : method.getName());
        }
    }

    /** Wraps the connection pool, before the municipality binding wraps it in turn. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Configuration {

        @Bean
        static BeanPostProcessor countingDataSource() {
            return new CountingPostProcessor();
        }
    }

    private static final class CountingPostProcessor implements BeanPostProcessor, PriorityOrdered {

        @Override
        public Object postProcessAfterInitialization(Object bean, String beanName) {
            if (bean instanceof DataSource dataSource && !(bean instanceof CountingDataSource)) {
                return new CountingDataSource(dataSource);
            }
            return bean;
        }

        @Override
        public int getOrder() {
            return Ordered.HIGHEST_PRECEDENCE;
        }
    }

    private static final class CountingDataSource extends DelegatingDataSource {

        CountingDataSource(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            return counting(super.getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return counting(super.getConnection(username, password));
        }

        private static Connection counting(Connection connection) {
            InvocationHandler handler = (proxy, method, args) -> {
                record(method, args);
                try {
                    return method.invoke(connection, args);
                } catch (InvocationTargetException e) {
                    throw e.getCause();
                }
            };
            return (Connection) Proxy.newProxyInstance(
                    SqlStatements.class.getClassLoader(), new Class<?>[] {Connection.class}, handler);
        }
    }
}
