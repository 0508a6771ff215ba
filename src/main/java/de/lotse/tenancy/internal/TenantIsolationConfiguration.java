package de.lotse.tenancy.internal;

import javax.sql.DataSource;
import org.hibernate.cfg.MultiTenancySettings;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Isolation of municipalities in two layers: Hibernate adds the tenant to every entity query
 * ({@code @TenantId}), and every connection is bound to the current municipality for PostgreSQL's
 * row-level security, which also covers hand-written SQL.
 */
@Configuration(proxyBeanMethods = false)
class TenantIsolationConfiguration {

    static final String APPLICATION_ROLE = "lotse.database.application-role";

    @Bean
    static BeanPostProcessor tenantBoundDataSource(Environment environment) {
        String configured = environment.getProperty(APPLICATION_ROLE, "lotse_app");
        // without a role to switch to, connections keep the login role ("none" resets to it)
        String role = configured.isBlank() ? "none" : configured;
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof DataSource dataSource && !(bean instanceof BoundDataSource)) {
                    return BoundDataSource.forApplication(dataSource, role);
                }
                return bean;
            }
        };
    }

    @Bean
    FlywayConfigurationCustomizer migrationsAsOwner() {
        return configuration -> {
            if (configuration.getDataSource() instanceof BoundDataSource application) {
                configuration.dataSource(BoundDataSource.forOwner(application.getTargetDataSource()));
            }
        };
    }

    @Bean
    HibernatePropertiesCustomizer tenantIdentifierResolver() {
        return properties ->
                properties.put(MultiTenancySettings.MULTI_TENANT_IDENTIFIER_RESOLVER, new TenantIdentifierResolver());
    }
}
